import ArgumentParser
import NIOSSL
import NIOPosix
@main struct Load: ParsableCommand { func run() {} }
