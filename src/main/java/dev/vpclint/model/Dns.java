package dev.vpclint.model;

/** VPC DNS attributes; AWS defaults: support on, hostnames off (non-default VPCs). */
public record Dns(boolean support, boolean hostnames, Loc supportLoc, Loc hostnamesLoc) {
}
