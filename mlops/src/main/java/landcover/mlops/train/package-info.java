/**
 * Training and evaluation: {@link landcover.mlops.train.RandomForestTrainer} (Smile random forests
 * with every parameter recorded in {@link landcover.mlops.train.ForestParams}), {@link
 * landcover.mlops.train.TrainedForest} (compiles to the serving form), {@link
 * landcover.mlops.train.Evaluation} (confusion matrix with rows = reference, accuracy, kappa, F1),
 * importance and recursive feature elimination. The only package that touches Smile.
 */
package landcover.mlops.train;
