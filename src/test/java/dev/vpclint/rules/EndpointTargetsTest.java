package dev.vpclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.IpAddressType;
import dev.vpclint.model.Loc;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Vpc;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointTargetsTest {
    private static final Loc AT = new Loc("t.yaml", 1, 1, "x");
    private static final Vpc EAST = new Vpc("app", AT, "us-east-1", "111111111111", List.of(), List.of(), null, null, null,
            null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    private static Endpoint endpoint(ServiceRef service, String region) {
        return new Endpoint("e", "app", AT, EndpointType.INTERFACE, AT, service, AT, region, AT, List.of(), List.of(),
                List.of(), false, true, AT, IpAddressType.IPV4, AT, null, AT);
    }

    @Test
    void shortAndFullNamesInTheVpcRegionAreOneService() {
        String shortName = EndpointTargets.serviceKey(endpoint(new ServiceRef.Aws("kms", null), null), EAST);
        String fullName = EndpointTargets.serviceKey(endpoint(new ServiceRef.Aws("kms", "us-east-1"), "us-east-1"), EAST);
        String viaRegionField = EndpointTargets.serviceKey(endpoint(new ServiceRef.Aws("kms", null), "us-east-1"), EAST);
        assertEquals(shortName, fullName);
        assertEquals(shortName, viaRegionField);
    }

    @Test
    void otherRegionsAndEndpointServicesAreDistinct() {
        String east = EndpointTargets.serviceKey(endpoint(new ServiceRef.Aws("kms", null), null), EAST);
        String west = EndpointTargets.serviceKey(endpoint(new ServiceRef.Aws("kms", "us-west-2"), "us-west-2"), EAST);
        String es = EndpointTargets.serviceKey(endpoint(new ServiceRef.EndpointServiceRef("kms"), null), EAST);
        assertNotEquals(east, west);
        assertNotEquals(east, es);
    }
}
