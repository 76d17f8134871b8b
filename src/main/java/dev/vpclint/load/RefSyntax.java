package dev.vpclint.load;

import dev.vpclint.model.Suggest;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.CidrFormatException;
import dev.vpclint.model.Destination;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.Loc;
import dev.vpclint.model.PathRef;
import dev.vpclint.model.RouteTarget;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.SgPeer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference grammars of the format (route destinations and targets, security-group peers,
 * endpoint services, intent ends and `through` items). Each parser returns null and sets
 * {@link #error} on malformed text.
 */
final class RefSyntax {
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final Pattern PREFIX_LIST = Pattern.compile("pl/(" + NAME + ")");
    private static final Pattern SG = Pattern.compile("sg/(?:(" + NAME + ")/)?(" + NAME + ")");
    private static final Pattern AWS_FULL = Pattern.compile("com\\.amazonaws\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.([a-z0-9][a-z0-9.-]*)");
    private static final Pattern AWS_SHORT = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern ENDPOINT_SERVICE = Pattern.compile("endpoint_service/(" + NAME + ")");
    private static final Pattern OBJECT = Pattern.compile("([a-z]+)/(" + NAME + ")(?:/(" + NAME + "))?");

    static final Set<PathRef.Kind> END_OBJECTS = EnumSet.of(PathRef.Kind.VPC, PathRef.Kind.SUBNET, PathRef.Kind.ENI,
            PathRef.Kind.VPCE, PathRef.Kind.ONPREM);
    static final Set<PathRef.Kind> THROUGH_OBJECTS = EnumSet.allOf(PathRef.Kind.class);
    static final String END_FORMS = "vpc/NAME, subnet/VPC/NAME, eni/VPC/NAME, vpce/VPC/NAME, onprem/NAME, service/NAME, "
            + "internet, or an IPv4/IPv6 address or CIDR";
    static final String THROUGH_FORMS = "vpc/NAME, subnet/VPC/NAME, eni/VPC/NAME, vpce/VPC/NAME, nat/VPC/NAME, pcx/NAME, "
            + "tgw/NAME or onprem/NAME";

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

    /**
     * An intent end. On malformed text, {@link #error} is what is wrong in particular (may be empty);
     * the caller lists the accepted forms ({@link #END_FORMS}).
     */
    IntentEnd intentEnd(String text, Loc at) {
        if (text.equals("internet")) return new IntentEnd(IntentEnd.Kind.INTERNET, null, null, null, null, at);
        if (text.startsWith("service/")) {
            ServiceRef s = service(text.substring("service/".length()));
            if (s == null) return null;
            String name = s instanceof ServiceRef.Aws aws ? aws.name() : ((ServiceRef.EndpointServiceRef) s).name();
            return new IntentEnd(IntentEnd.Kind.SERVICE, name, null, null, s, at);
        }
        if (looksLikeAddress(text)) {
            try {
                return new IntentEnd(IntentEnd.Kind.ADDRESS, null, null, Cidr.parseAddressOrCidr(text), null, at);
            } catch (CidrFormatException e) {
                error = e.getMessage();
                return null;
            }
        }
        PathRef o = pathRef(text, at, END_OBJECTS, List.of("service/", "internet"));
        if (o == null) return null;
        return switch (o.kind()) {
            case VPC -> new IntentEnd(IntentEnd.Kind.VPC, o.name(), null, null, null, at);
            case SUBNET -> new IntentEnd(IntentEnd.Kind.SUBNET, o.vpc(), o.name(), null, null, at);
            case ENI -> new IntentEnd(IntentEnd.Kind.ENI, o.vpc(), o.name(), null, null, at);
            case VPCE -> new IntentEnd(IntentEnd.Kind.VPCE, o.vpc(), o.name(), null, null, at);
            case ONPREM -> new IntentEnd(IntentEnd.Kind.ONPREM, o.name(), null, null, null, at);
            case NAT, PCX, TGW -> throw new IllegalStateException("not an intent end: " + o);
        };
    }

    /** Digits first or a colon: the user meant an address, so the CIDR parser's message is the useful one. */
    private static boolean looksLikeAddress(String text) {
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.indexOf(':') >= 0);
    }

    /**
     * `WORD/NAME` or `WORD/VPC/NAME` for one of `kinds`. On malformed text, {@link #error} is what is
     * wrong in particular (may be empty); `otherWords` are further prefixes (`service/`) and bare words
     * (`internet`) the caller accepts, for "did you mean".
     */
    PathRef pathRef(String text, Loc at, Set<PathRef.Kind> kinds, List<String> otherWords) {
        int slash = text.indexOf('/');
        String word = slash < 0 ? text : text.substring(0, slash);
        PathRef.Kind kind = null;
        for (PathRef.Kind k : PathRef.Kind.values()) {
            if (k.word.equals(word)) kind = k;
        }
        if (kind == null) {
            // `subnets/a/b` is near `subnet/`, `internt` near `internet`; a bare `igw` is near no prefix.
            List<String> words = new ArrayList<>();
            if (slash >= 0) kinds.forEach(k -> words.add(k.word + "/"));
            for (String w : otherWords) {
                if (w.endsWith("/") == slash >= 0) words.add(w);
            }
            String near = Suggest.nearest(slash < 0 ? word : word + "/", words);
            error = near == null ? "" : "did you mean '" + near + "'?";
            return null;
        }
        if (!kinds.contains(kind)) {
            error = kind.word + "/ is not accepted here";
            return null;
        }
        Matcher m = OBJECT.matcher(text);
        if (!m.matches() || (m.group(3) != null) != kind.inVpc) {
            error = kind.word + "/ takes " + (kind.inVpc ? "a VPC and a name: " + kind.word + "/VPC/NAME" : "one name: " + kind.word + "/NAME");
            return null;
        }
        return kind.inVpc ? new PathRef(kind, m.group(2), m.group(3), at)
                : new PathRef(kind, kind == PathRef.Kind.VPC ? m.group(2) : null, m.group(2), at);
    }
}
