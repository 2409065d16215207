package landcover.server.grpc;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import landcover.mlops.monitoring.GrpcMetrics;

/** Times every gRPC call from its start to its close and records it by method and status code. */
final class CallMetricsInterceptor implements ServerInterceptor {
    private final GrpcMetrics metrics;

    CallMetricsInterceptor(GrpcMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        long start = System.nanoTime();
        String method = call.getMethodDescriptor().getFullMethodName();
        return next.startCall(
                new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
                    @Override
                    public void close(Status status, Metadata trailers) {
                        metrics.record(method, status.getCode().name(), System.nanoTime() - start);
                        super.close(status, trailers);
                    }
                },
                headers);
    }
}
