package landcover.server.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import landcover.domain.Alias;
import landcover.domain.ModelId;
import landcover.domain.ModelName;
import landcover.domain.ModelVersion;
import landcover.domain.Year;
import landcover.mlops.registry.ModelRegistry;
import landcover.mlops.registry.ModelVersionRecord;
import landcover.mlops.serving.PredictionJob;
import landcover.mlops.serving.PredictionRequest;
import landcover.mlops.serving.PredictionResult;
import landcover.mlops.serving.PredictionService;
import landcover.mlops.serving.RasterKind;
import landcover.server.api.AoiSummary;
import landcover.server.api.AoiValidation;
import landcover.server.api.ModelMetrics;
import landcover.server.api.ServingState;
import landcover.server.grpc.v1.BoundingBox;
import landcover.server.grpc.v1.ClassArea;
import landcover.server.grpc.v1.LandCoverServiceGrpc;
import landcover.server.grpc.v1.ListModelsRequest;
import landcover.server.grpc.v1.ListModelsResponse;
import landcover.server.grpc.v1.ModelRef;
import landcover.server.grpc.v1.ModelSummary;
import landcover.server.grpc.v1.PredictRequest;
import landcover.server.grpc.v1.PredictResponse;
import landcover.server.grpc.v1.RasterDelivery;
import landcover.server.grpc.v1.ValidateAoiRequest;
import landcover.server.grpc.v1.ValidateAoiResponse;
import landcover.server.grpc.v1.YearPrediction;

/**
 * {@code landcover.v1.LandCoverService}, with the same content as the REST API: {@code ValidateAoi}
 * runs the same check, {@code Predict} the same prediction service (large AOIs run as jobs and the
 * call waits for them), {@code ListModels} reads the same registry. Thread-safe.
 */
public final class LandCoverGrpcService extends LandCoverServiceGrpc.LandCoverServiceImplBase {
    private final AoiValidation aois;
    private final ServingState serving;

    /**
     * @param aois the AOI check shared with the REST edge
     * @param serving the prediction flow shared with the REST edge
     */
    public LandCoverGrpcService(AoiValidation aois, ServingState serving) {
        this.aois = Objects.requireNonNull(aois, "aois");
        this.serving = Objects.requireNonNull(serving, "serving");
    }

    @Override
    public void validateAoi(ValidateAoiRequest request, StreamObserver<ValidateAoiResponse> responses) {
        answer("ValidateAoi", responses, () -> toMessage(aois.validate(request.getAoiGeojson())));
    }

    @Override
    public void predict(PredictRequest request, StreamObserver<PredictResponse> responses) {
        answer("Predict", responses, () -> predict(request));
    }

    @Override
    public void listModels(ListModelsRequest request, StreamObserver<ListModelsResponse> responses) {
        answer("ListModels", responses, () -> listModels(serving.registry(), request));
    }

    private static <T> void answer(String method, StreamObserver<T> responses, Supplier<T> call) {
        T response;
        try {
            response = call.get();
        } catch (RuntimeException e) {
            responses.onError(GrpcProblems.toStatus(e, method));
            return;
        }
        responses.onNext(response);
        responses.onCompleted();
    }

    private PredictResponse predict(PredictRequest request) {
        PredictionService service = serving.service();
        List<Year> years = request.getYearsList().stream().map(Year::new).toList();
        PredictionRequest r =
                new PredictionRequest(aois.parse(request.getAoiGeojson()), years, request.getProbabilities());
        PredictionResult result = service.runsAsJob(r) ? await(service, service.submit(r)) : service.predict(r);
        boolean inline = request.getRasterDelivery() == RasterDelivery.RASTER_DELIVERY_INLINE;
        PredictResponse.Builder out = PredictResponse.newBuilder();
        for (var p : result.predictions()) {
            YearPrediction.Builder y = YearPrediction.newBuilder()
                    .setYear(p.year().value())
                    .setModel(ref(p.model(), p.alias().value()))
                    .setMeanConfidence(p.meanConfidence())
                    .setNodataRatio(p.nodataRatio())
                    .setPixelsClassified(p.pixels().classified());
            p.classAreas()
                    .forEach(a -> y.addClassAreas(ClassArea.newBuilder()
                            .setCode(a.code())
                            .setName(a.name())
                            .setColor(a.color().hex())
                            .setAreaM2(a.areaM2())
                            .setShare(a.share())));
            if (inline) {
                y.setRasterCog(com.google.protobuf.ByteString.copyFrom(bytes(service, result, p.year())));
            } else {
                y.setRasterUrl("/v1/predictions/" + result.id() + "/raster?year=" + p.year());
            }
            out.addPredictions(y);
        }
        return out.build();
    }

    /** Waits for a job; gRPC has no 202, so the call lasts as long as the job. */
    private static PredictionResult await(PredictionService service, PredictionJob job) {
        while (true) {
            PredictionJob now = service.find(job.id()).orElseThrow();
            switch (now.status()) {
                case SUCCEEDED -> {
                    return now.result().orElseThrow();
                }
                case FAILED -> throw now.failure().orElseThrow();
                default -> sleep(Duration.ofMillis(100));
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED
                    .withDescription("interrupted while waiting for the job")
                    .asRuntimeException();
        }
    }

    private static byte[] bytes(PredictionService service, PredictionResult result, Year year) {
        var raster = service.raster(result.id(), year, RasterKind.CLASSES).orElseThrow();
        try (InputStream in = raster.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored raster of " + result.id(), e);
        }
    }

    static ListModelsResponse listModels(ModelRegistry registry, ListModelsRequest request) {
        List<Year> years = request.hasYear() ? List.of(new Year(request.getYear())) : registry.years(ModelName.DEFAULT);
        ListModelsResponse.Builder out = ListModelsResponse.newBuilder();
        for (Year year : years) {
            Map<Alias, ModelVersion> aliases = registry.aliases(ModelName.DEFAULT, year);
            for (ModelVersionRecord v : registry.versions(ModelName.DEFAULT, year)) {
                List<String> names = new ArrayList<>();
                aliases.forEach((a, version) -> {
                    if (version.equals(v.id().version())) {
                        names.add(a.value());
                    }
                });
                out.addModels(ModelSummary.newBuilder()
                        .setModel(ref(v.id(), ""))
                        .addAllAliases(names.stream().sorted().toList())
                        .putAllMetrics(
                                ModelMetrics.numeric(v.lineage().metrics().json()))
                        .setRegisteredAt(v.createdAt().toString()));
            }
        }
        return out.build();
    }

    private static ModelRef ref(ModelId id, String alias) {
        return ModelRef.newBuilder()
                .setName(id.name().value())
                .setYear(id.year().value())
                .setVersion(id.version().value())
                .setAlias(alias)
                .build();
    }

    static ValidateAoiResponse toMessage(AoiSummary summary) {
        var bbox = summary.bbox();
        return ValidateAoiResponse.newBuilder()
                .setAreaM2(summary.areaM2())
                .setBbox(BoundingBox.newBuilder()
                        .setWest(bbox.west())
                        .setSouth(bbox.south())
                        .setEast(bbox.east())
                        .setNorth(bbox.north()))
                .setPolygons(summary.polygons())
                .build();
    }
}
