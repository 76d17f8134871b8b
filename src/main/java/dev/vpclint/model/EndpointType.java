package dev.vpclint.model;

/** VPC endpoint types ("Endpoint types" in the AWS PrivateLink guide). */
public enum EndpointType {
    GATEWAY("gateway"), INTERFACE("interface"), GATEWAY_LOAD_BALANCER("gateway_load_balancer");

    public final String word;

    EndpointType(String word) {
        this.word = word;
    }
}
