package landcover.server.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Objects;
import java.util.function.Supplier;
import landcover.server.api.AoiSummary;
import landcover.server.api.AoiValidation;
import landcover.server.grpc.v1.BoundingBox;
import landcover.server.grpc.v1.LandCoverServiceGrpc;
import landcover.server.grpc.v1.ListModelsRequest;
import landcover.server.grpc.v1.ListModelsResponse;
import landcover.server.grpc.v1.PredictRequest;
import landcover.server.grpc.v1.PredictResponse;
import landcover.server.grpc.v1.ValidateAoiRequest;
import landcover.server.grpc.v1.ValidateAoiResponse;

/**
 * {@code landcover.v1.LandCoverService}. {@code ValidateAoi} runs the same check as the REST
 * endpoint. {@code Predict} and {@code ListModels} answer UNIMPLEMENTED: the prediction flow and
 * the registry are not wired into the server yet. Thread-safe.
 */
public final class LandCoverGrpcService extends LandCoverServiceGrpc.LandCoverServiceImplBase {
    private final AoiValidation aois;

    /** @param aois the AOI check shared with the REST edge */
    public LandCoverGrpcService(AoiValidation aois) {
        this.aois = Objects.requireNonNull(aois, "aois");
    }

    @Override
    public void validateAoi(ValidateAoiRequest request, StreamObserver<ValidateAoiResponse> responses) {
        answer("ValidateAoi", responses, () -> toMessage(aois.validate(request.getAoiGeojson())));
    }

    @Override
    public void predict(PredictRequest request, StreamObserver<PredictResponse> responses) {
        responses.onError(Status.UNIMPLEMENTED
                .withDescription("Predict is not served yet: this server has no prediction flow wired in")
                .asRuntimeException());
    }

    @Override
    public void listModels(ListModelsRequest request, StreamObserver<ListModelsResponse> responses) {
        responses.onError(Status.UNIMPLEMENTED
                .withDescription("ListModels is not served yet: this server has no model registry wired in")
                .asRuntimeException());
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
