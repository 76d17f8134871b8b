package dev.vpclint.model;

/**
 * A VPC route target as written: `local`, `igw`, `eigw`, `vgw`, `blackhole`, or KIND/NAME for
 * NAT gateways, peerings, transit gateways, GWLB endpoints and network interfaces.
 * See "Route table concepts" (route targets) in the Amazon VPC User Guide.
 */
public record RouteTarget(Kind kind, String name) {

    public enum Kind {
        LOCAL("local"), IGW("igw"), EIGW("eigw"), VGW("vgw"), BLACKHOLE("blackhole"),
        NAT("nat"), PCX("pcx"), TGW("tgw"), VPCE("vpce"), ENI("eni");

        public final String word;

        Kind(String word) {
            this.word = word;
        }

        public boolean isNamed() {
            return ordinal() >= NAT.ordinal();
        }
    }

    @Override
    public String toString() {
        return kind.isNamed() ? kind.word + "/" + name : kind.word;
    }
}
