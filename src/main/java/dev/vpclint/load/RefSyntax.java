package dev.vpclint.load;

import dev.vpclint.model.Cidr;
import dev.vpclint.model.CidrFormatException;
import dev.vpclint.model.Destination;
import dev.vpclint.model.RouteTarget;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.SgPeer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference grammars of the format (route destinations and targets, security-group peers,
 * endpoint services). Each parser returns null and sets {@link #error} on malformed text.
 */
final class RefSyntax {
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final Pattern PREFIX_LIST = Pattern.compile("pl/(" + NAME + ")");
    private static final Pattern SG = Pattern.compile("sg/(?:(" + NAME + ")/)?(" + NAME + ")");
    private static final Pattern AWS_FULL = Pattern.compile("com\\.amazonaws\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.([a-z0-9][a-z0-9.-]*)");
    private static final Pattern AWS_SHORT = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern ENDPOINT_SERVICE = Pattern.compile("endpoint_service/(" + NAME + ")");

    String error;

    Destination destination(String text) {
        if (!text.startsWith("pl/")) {
            Cidr c = cidr(text);
            return c == null ? null : new Destination.OfCidr(c);
        }
        Matcher pl = PREFIX_LIST.matcher(text);
        if (pl.matches()) return new Destination.OfPrefixList(pl.group(1));
        Cidr c = cidr(text);
        return c == null ? null : new Destination.OfCidr(c);
    }

    Cidr cidr(String text) {
        try {
            return Cidr.parse(text);
        } catch (CidrFormatException e) {
            error = "bad CIDR '" + text + "': " + e.getMessage();
            return null;
        }
    }

    RouteTarget routeTarget(String text) {
        for (RouteTarget.Kind k : RouteTarget.Kind.values()) {
            if (!k.isNamed() && k.word.equals(text)) return new RouteTarget(k, null);
        }
        int slash = text.indexOf('/');
        if (slash > 0 && dev.vpclint.model.Names.isValid(text.substring(slash + 1))) {
            String word = text.substring(0, slash);
            for (RouteTarget.Kind k : RouteTarget.Kind.values()) {
                if (k.isNamed() && k.word.equals(word)) return new RouteTarget(k, text.substring(slash + 1));
            }
        }
        error = "route target '" + text + "' must be local, igw, eigw, vgw, blackhole, or nat/, pcx/, tgw/, vpce/, eni/ followed by a name";
        return null;
    }

    SgPeer sgPeer(String text, String ownVpc) {
        Matcher sg = SG.matcher(text);
        if (sg.matches()) {
            boolean cross = sg.group(1) != null;
            return new SgPeer.OfGroup(cross ? sg.group(1) : ownVpc, sg.group(2), cross);
        }
        Matcher pl = PREFIX_LIST.matcher(text);
        if (pl.matches()) return new SgPeer.OfPrefixList(pl.group(1));
        if (text.startsWith("sg/") || text.startsWith("pl/")) {
            error = "malformed reference '" + text + "': use sg/NAME, sg/VPC/NAME or pl/NAME";
            return null;
        }
        Cidr c = cidr(text);
        return c == null ? null : new SgPeer.OfCidr(c);
    }

    ServiceRef service(String text) {
        Matcher es = ENDPOINT_SERVICE.matcher(text);
        if (es.matches()) return new ServiceRef.EndpointServiceRef(es.group(1));
        Matcher full = AWS_FULL.matcher(text);
        if (full.matches()) return new ServiceRef.Aws(full.group(2), full.group(1));
        if (text.startsWith("com.amazonaws.") || text.startsWith("endpoint_service/") || !AWS_SHORT.matcher(text).matches()) {
            error = "service '" + text + "' must be an AWS short name (s3, ecr.api), com.amazonaws.REGION.NAME, or endpoint_service/NAME";
            return null;
        }
        return new ServiceRef.Aws(text, null);
    }
}
