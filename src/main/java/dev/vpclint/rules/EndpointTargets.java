package dev.vpclint.rules;

import dev.vpclint.model.Endpoint;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Vpc;

/** What an endpoint connects to, as one comparable key (shared by the duplicate-endpoint rules). */
final class EndpointTargets {
    private EndpointTargets() {
    }

    /**
     * The service an endpoint reaches, Region included: `kms` in a us-east-1 VPC and
     * `com.amazonaws.us-east-1.kms` are one service, `com.amazonaws.us-west-2.kms` is another.
     * Endpoint services are named by their topology name; null when the endpoint names no service.
     */
    static String serviceKey(Endpoint e, Vpc vpc) {
        if (e.service() == null) return null;
        if (e.service() instanceof ServiceRef.EndpointServiceRef es) return "endpoint_service/" + es.name();
        ServiceRef.Aws aws = (ServiceRef.Aws) e.service();
        String region = e.region() != null ? e.region() : vpc.region();
        return "com.amazonaws." + region + "." + aws.name();
    }
}
