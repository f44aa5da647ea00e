#!/usr/bin/env python3
"""A TCP proxy that counts payload bytes in both directions, per connection.

Usage: byte_counter.py TARGET_PORT LOG_FILE
Listens on a free loopback port (printed on stdout), forwards every connection to
127.0.0.1:TARGET_PORT, and appends one line per closed connection to LOG_FILE:
`<n> client_to_server=<bytes> server_to_client=<bytes>`. What it counts is every byte
the two sockets carried (TLS records included): the TCP payload, without IP/TCP headers.
"""
import asyncio
import sys

target = int(sys.argv[1])
log_path = sys.argv[2]
counter = 0


async def pipe(reader, writer, counts, key):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            counts[key] += len(data)
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        try:
            writer.close()
        except Exception:
            pass


async def handle(client_reader, client_writer):
    global counter
    counter += 1
    number = counter
    server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target)
    counts = {"up": 0, "down": 0}
    await asyncio.gather(
        pipe(client_reader, server_writer, counts, "up"),
        pipe(server_reader, client_writer, counts, "down"),
    )
    with open(log_path, "a") as log:
        log.write(f"{number} client_to_server={counts['up']} server_to_client={counts['down']}\n")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
