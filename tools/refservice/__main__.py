"""`python -m dego_plugin.tools.refservice`: run the reference service in the foreground until Ctrl+C."""
from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

from .service import ReferenceService, default_workdir


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dego_plugin.tools.refservice", description=__doc__)
    parser.add_argument("--workdir", type=Path, default=None, help=f"work directory (default {default_workdir()})")
    parser.add_argument("--port-static", type=int, default=0, help="port of the catalogue/tile server (default: free)")
    parser.add_argument("--port-ows", type=int, default=0, help="port of WMS/WFS/WMTS/OGC API (default: free)")
    parser.add_argument("--max-seconds", type=float, default=0, help="stop after this many seconds (default: never)")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the data even if it is current")
    args = parser.parse_args(argv)

    # SIGTERM ends the service like Ctrl+C does, so the servers are stopped either way.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    started = time.monotonic()
    with ReferenceService.start(args.workdir, args.port_static, args.port_ows, rebuild=args.rebuild) as service:
        print(service.catalogue_url, flush=True)
        print(service.describe(), flush=True)
        print(f"  started in {time.monotonic() - started:.1f} s; Ctrl+C stops.", flush=True)
        try:
            while not args.max_seconds or time.monotonic() - started < args.max_seconds:
                time.sleep(0.2)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
