package dev.vpclint.model;

import java.util.List;

/**
 * A security group. With no `egress` written AWS allows all outbound traffic, so `egress` then
 * holds that implicit rule and `egressWritten` is false. `implicit` marks the VPC default group.
 */
public record SecurityGroup(String name, String vpc, Loc loc, List<SgRule> ingress, List<SgRule> egress,
                            boolean egressWritten, boolean implicit) {
    public static final String DEFAULT_NAME = "default";

    public SecurityGroup {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }
}
