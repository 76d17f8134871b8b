package dev.vpclint.paths;

/** Whether a flow works: reachable there and back, unreachable, or unknown (the path crosses something not modelled or not stated). */
public enum Verdict { REACHABLE, UNREACHABLE, UNKNOWN }
