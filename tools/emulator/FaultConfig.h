// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <cstdint>
#include <string>

namespace Emu {

// Faults the transport injects, seeded and reproducible: each decision is drawn from a PRNG seeded with `seed`
// and the request's sequence number, so the same request order gives the same faults. Rates are 0..1 per request.
// Requests under /__emulator/ and to /v1/.well-known/ are never faulted.
struct FaultConfig
{
    uint64_t seed = 1;
    int latencyMs = 0; // added to every faulted request before it is answered
    int latencyJitterMs = 0; // plus uniform 0..jitter
    double spikeRate = 0; // occasional stall of spikeMs (beyond a client's transfer timeout)
    int spikeMs = 0;
    double rate503 = 0; // 503 {"error":[{"message":"... read-only mode ..."}]} as during maintenance
    double rate429 = 0; // 429 usage-limit shape
    double dropBeforeRate = 0; // read the request, close the connection without a response
    double dropMidBodyRate = 0; // send the status line, headers and half the body, then reset the connection
    double batchOomRate = 0; // POST /v1/batch/objects (and gRPC BatchObjects, as UNKNOWN): 500 "batch objects:
                             // cannot process batch: not enough memory"
    std::string pathPrefix; // only paths starting with this are faulted ("" = every /v1 path and every gRPC
                            // call); a trailing '$' asks for this exact path ("/v1/schema$" is class
                            // creation, not tenants). gRPC calls: "/weaviate.v1.Weaviate/Search" etc.
    std::string method; // only requests with this method are faulted ("" = every method; gRPC is POST)
    int maxFaults = -1; // at most this many requests get a fault (plain latency aside); -1 = no limit. With a
                        // rate of 1, "max=1" faults exactly the first matching request

    bool any() const
    {
        return latencyMs > 0 || latencyJitterMs > 0 || spikeRate > 0 || rate503 > 0 || rate429 > 0 || dropBeforeRate > 0
            || dropMidBodyRate > 0 || batchOomRate > 0;
    }

    // "latency=20,jitter=5,503=0.05,429=0.01,drop=0.02,dropmid=0.02,oom=0.1,spike=0.01:3000,seed=7,path=/v1/objects,
    //  method=POST,max=1"
    // Returns false and fills *error for an unknown key or a bad value.
    static bool parse(const std::string& spec, FaultConfig* out, std::string* error);
    std::string toJson() const;
    static bool fromJson(const std::string& json, FaultConfig* out, std::string* error);
};

// Counters the transport keeps, for tests to assert that faults really happened and that clients keep their
// connections alive. They count from the server's construction on: restart() and setFaults() keep them.
struct FaultStats
{
    uint64_t connectionsAccepted = 0; // TCP connections accepted (REST; gRPC has a listener of its own)
    uint64_t requests = 0; // HTTP requests read, control endpoints and requests dropped by faults included
    uint64_t grpcCalls = 0; // weaviate.v1 gRPC calls (health checks aside), counted by the Emulator
    uint64_t injected503 = 0;
    uint64_t injected429 = 0;
    uint64_t droppedBefore = 0;
    uint64_t droppedMidBody = 0;
    uint64_t injectedOom = 0;
    uint64_t spikes = 0;
    uint64_t skippedByMax = 0; // requests that matched but got no fault because maxFaults was reached
};

} // namespace Emu
