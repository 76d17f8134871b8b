package dev.vpclint.net;

/**
 * Where a forwarding entry sends a packet. VPC route targets keep their written words; a gateway
 * endpoint's implicit prefix-list route is GATEWAY_ENDPOINT; TGW routes name an ATTACHMENT (or
 * BLACKHOLE); an on-prem site's routes name a CONNECTION.
 */
public record Next(Kind kind, String name) {
    public enum Kind { LOCAL, IGW, EIGW, VGW, NAT, PCX, TGW, VPCE, ENI, BLACKHOLE, GATEWAY_ENDPOINT, ATTACHMENT, CONNECTION }

    @Override
    public String toString() {
        return switch (kind) {
            case LOCAL -> "local";
            case IGW -> "igw";
            case EIGW -> "eigw";
            case VGW -> "vgw";
            case BLACKHOLE -> "blackhole";
            case NAT -> "nat/" + name;
            case PCX -> "pcx/" + name;
            case TGW -> "tgw/" + name;
            case VPCE -> "vpce/" + name;
            case ENI -> "eni/" + name;
            case GATEWAY_ENDPOINT -> "gateway endpoint " + name;
            case ATTACHMENT -> "attachment " + name;
            case CONNECTION -> "connection " + name;
        };
    }
}
