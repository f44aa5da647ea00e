import NIOSSL
import NIOExtras
import ServiceLifecycle
import X509
import Crypto
import NIOPosix
