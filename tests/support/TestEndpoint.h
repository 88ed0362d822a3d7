// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/WeaviateEndpoint.h"
#include "tests/support/EmulatorFixture.h"

namespace TestSupport {

// The endpoint a core test uses for a fixture: quick retries, a transfer timeout a test can wait for, and gRPC at
// the in-process emulator's own listener when it runs (it is not started here), else at port 1, where nothing
// listens; with a real server (WEAVIATE_URL), its gRPC address. Never an ephemeral
// port that was free a moment ago: a client remembers for a minute that gRPC did not answer at an address, and a
// later emulator in the same test may be given that port.
inline Colvault::WeaviateEndpoint testEndpoint(EmulatorFixture& f,
    Colvault::WeaviateEndpoint::DataTransport transport = Colvault::WeaviateEndpoint::DataTransport::Auto)
{
    Colvault::WeaviateEndpoint e;
    e.url = f.baseUrl();
    e.dataTransport = transport;
    e.retryBaseDelayMs = 5;
    e.retryMaxDelayMs = 40;
    e.transferTimeoutMs = 10000;
    if (f.usesRealServer()) {
        e.grpcUrl = f.grpcUrl();
        return e;
    }
    const int grpc = f.emulator().grpcPort();
    e.grpcUrl = QUrl(QStringLiteral("grpc://127.0.0.1:%1").arg(grpc > 0 ? grpc : 1));
    return e;
}

} // namespace TestSupport
