/**
 * Training data: {@link landcover.mlops.train.data.SampleTable} (features, class, group, weight,
 * location per row), readers for tabular and labelled-geometry ground truth, the grouped stratified
 * {@link landcover.mlops.train.data.GroupedSplit} and the stored form of tables ({@link
 * landcover.mlops.train.data.SampleTableFormat}).
 */
package landcover.mlops.train.data;
