package dev.vpclint.model;

/** A route destination: a CIDR, or a prefix list (`pl/s3`, `pl/dynamodb` or a customer list). */
public sealed interface Destination permits Destination.OfCidr, Destination.OfPrefixList {

    record OfCidr(Cidr cidr) implements Destination {
        @Override
        public String toString() {
            return cidr.toString();
        }
    }

    record OfPrefixList(String name) implements Destination {
        /** The AWS-managed lists for the gateway-endpoint services of the VPC's Region. */
        public boolean isAwsManaged() {
            return name.equals("s3") || name.equals("dynamodb");
        }

        @Override
        public String toString() {
            return "pl/" + name;
        }
    }

    default Cidr cidrOrNull() {
        return this instanceof OfCidr c ? c.cidr() : null;
    }
}
