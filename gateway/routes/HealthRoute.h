#pragma once

namespace gatehouse::gateway {

class Router;

// GET /healthz: 200 {"status":"ok"} while the process serves requests; for load balancers and
// systemd/Kubernetes probes. It checks nothing beyond the server itself answering.
void addHealthRoute(Router& router);

} // namespace gatehouse::gateway
