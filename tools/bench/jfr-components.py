#!/usr/bin/env python3
"""Inclusive CPU samples per component of a JFR recording, by thread group.

Usage: jfr print --events jdk.ExecutionSample --stack-depth 256 x.jfr > x.txt
       tools/bench/jfr-components.py x.txt [groups]

A sample counts once for every component any of its frames belongs to, so the shares overlap
(a flush inside a transaction inside a request counts for all three): read each line as "this
much of the group's time was spent inside that component". Record with
-XX:FlightRecorderOptions:stackdepth=256: Quarkus' request stacks are deeper than JFR's default 64
frames, and a truncated stack loses exactly the outer frames that name the component.
"""
import collections
import re
import sys

COMPONENTS = [
    ("HTTP (Vert.x, RESTEasy)", r"org\.jboss\.resteasy|io\.vertx|io\.netty|io\.quarkus\.vertx"),
    ("JWT and security", r"io\.smallrye\.jwt|io\.quarkus\.smallrye\.jwt|org\.jose4j|quarkus\.security|HttpAuthenticat"),
    ("Bean Validation", r"org\.hibernate\.validator"),
    ("OpenTelemetry", r"io\.opentelemetry"),
    ("transaction (Narayana)", r"com\.arjuna|io\.quarkus\.narayana"),
    ("Hibernate ORM", r"org\.hibernate\.(?!validator)"),
    ("Hibernate flush", r"org\.hibernate\.event\.internal\.\w*Flush"),
    ("Hibernate entity updates", r"EntityUpdateAction\.execute"),
    ("Hibernate entity inserts", r"EntityInsertAction\.execute"),
    ("Hibernate dirty checking", r"DefaultFlushEntityEventListener\.dirtyCheck"),
    ("Hibernate queries", r"org\.hibernate\.query\.|JdbcSelectExecutor"),
    ("Hibernate collection loads", r"AbstractPersistentCollection\.(read|initialize|withTemporary)"),
    ("PostgreSQL JDBC", r"org\.postgresql"),
    ("connection pool (Agroal)", r"io\.agroal"),
    ("JSON (Jackson)", r"com\.fasterxml\.jackson"),
    ("lock for an act (requireForAct)", r"NumberedRepository\.requireForAct"),
    ("engine: load", r"ProcessEngine\.load"),
    ("engine: complete", r"ProcessEngine\.complete"),
    ("engine: work items", r"engine\.item\.WorkItems\."),
    ("outbox at commit", r"core\.outbox\.Outbox\."),
    ("Idempotency-Key (filters, ledger)", r"core\.idempotency\."),
    ("business number", r"core\.number\.BusinessNumbers\."),
    ("view mapping (*Mapper.view)", r"Mapper\.view"),
    ("response body (writers)", r"ServerSerialisers\.invokeWriter"),
    ("logging", r"org\.jboss\.logging|org\.jboss\.logmanager"),
    ("reflection", r"java\.lang\.reflect|jdk\.internal\.reflect"),
]


def samples(path):
    thread, frames, in_stack = None, [], False
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            text = line.strip()
            if text.startswith("jdk.ExecutionSample"):
                thread, frames = None, []
            elif text.startswith("sampledThread"):
                found = re.search(r'"(.*)"', text)
                thread = found.group(1) if found else "?"
            elif text.startswith("stackTrace = ["):
                in_stack = True
            elif in_stack and text == "]":
                in_stack = False
            elif in_stack and text and text != "...":
                frames.append(text)
            elif text == "}" and thread is not None:
                yield re.sub(r"[-#]?\d+", "#", thread), frames
                thread = None


def main():
    components = [(name, re.compile(pattern)) for name, pattern in COMPONENTS]
    groups = collections.Counter()
    inside = collections.defaultdict(collections.Counter)
    for group, frames in samples(sys.argv[1]):
        groups[group] += 1
        stack = "\n".join(frames)
        for name, pattern in components:
            if pattern.search(stack):
                inside[group][name] += 1
    total = sum(groups.values())
    print(f"{total} samples")
    for group, count in groups.most_common(10):
        print(f"{count:6d} {100 * count / total:5.1f}%  {group}")
    for group, count in groups.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 2):
        print(f"\n{group}: {count} samples, share inside each component")
        for name, n in sorted(inside[group].items(), key=lambda item: -item[1]):
            print(f"  {100 * n / count:5.1f}% {n:6d}  {name}")


if __name__ == "__main__":
    main()
