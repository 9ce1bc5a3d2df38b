import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `argv` (the executable's path first) with posix_spawn, stdout and stderr to /dev/null,
/// and waits for it: the wall time in ms and the wait status, or nil when it could not start.
/// The one process runner of the start, check and batch benchmarks.
func spawnQuietly(_ argv: [String]) -> (ms: Double, status: Int32)? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var cargs = argv.map { strdup($0) } + [nil]
    defer { for p in cargs { free(p) } }
    var pid: pid_t = 0
    let t0 = now()
    guard posix_spawn(&pid, argv[0], &actions, nil, &cargs, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (Double(now() - t0) / 1_000_000, status)
}
