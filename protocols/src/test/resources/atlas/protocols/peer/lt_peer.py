"""A libtorrent peer for atlas's interoperability tests.

usage: lt_peer.py seed|download TORRENT SAVE_DIR LISTEN_PORT [HOST:PORT]

Runs one torrent on loopback over TCP (no uTP) with DHT, local discovery, UPnP and NAT-PMP off
and without encryption, connecting directly to HOST:PORT if given (no tracker). "seed" prints "ready" once its
files are checked and serves until killed; "download" exits 0 once it has every piece, 1 after
120 s without.
"""
import sys
import time

import libtorrent as lt

mode, torrent, save, port = sys.argv[1:5]
peer = sys.argv[5] if len(sys.argv) > 5 else None
session = lt.session({
    "listen_interfaces": "127.0.0.1:" + port,
    "enable_dht": False,
    "enable_lsd": False,
    "enable_upnp": False,
    "enable_natpmp": False,
    "out_enc_policy": 2,  # disabled: plain BEP 3 handshakes
    "in_enc_policy": 1,
    # libtorrent tries uTP (BEP 29, over UDP) first; atlas speaks TCP only.
    "enable_outgoing_utp": False,
    "enable_incoming_utp": False,
})
handle = session.add_torrent({"ti": lt.torrent_info(torrent), "save_path": save})
deadline = time.time() + 120
announced = False
last_connect = 0.0
while time.time() < deadline:
    status = handle.status()
    checking = status.state in (lt.torrent_status.checking_files, lt.torrent_status.checking_resume_data)
    if mode == "download" and status.is_seeding:
        print("complete", flush=True)
        sys.exit(0)
    if mode == "seed" and status.is_seeding and not announced:
        print("ready", flush=True)
        announced = True
        deadline = float("inf")
    if peer and not checking and status.num_peers == 0 and time.time() - last_connect > 2:
        host, peer_port = peer.rsplit(":", 1)
        handle.connect_peer((host, int(peer_port)))
        last_connect = time.time()
    time.sleep(0.05)
print("timed out: state %s, progress %.3f" % (handle.status().state, handle.status().progress), flush=True)
sys.exit(1)
