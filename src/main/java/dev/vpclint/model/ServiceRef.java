package dev.vpclint.model;

/**
 * What an endpoint connects to: an AWS service by short name (`s3`, `ecr.api`) with the Region
 * written in its full name if any, or an endpoint service of this topology.
 */
public sealed interface ServiceRef permits ServiceRef.Aws, ServiceRef.EndpointServiceRef {

    /** `region` is null for a short name (the endpoint's own Region). */
    record Aws(String name, String region) implements ServiceRef {
        @Override
        public String toString() {
            return region == null ? name : "com.amazonaws." + region + "." + name;
        }
    }

    record EndpointServiceRef(String name) implements ServiceRef {
        @Override
        public String toString() {
            return "endpoint_service/" + name;
        }
    }
}
