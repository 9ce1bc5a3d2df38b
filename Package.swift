// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hulpwijzer",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Hulpwijzer", targets: ["Hulpwijzer"]),
        .executable(name: "hulpwijzer", targets: ["hulpwijzer"]),
    ],
    targets: [
        .target(name: "Hulpwijzer"),
        .executableTarget(name: "hulpwijzer", dependencies: ["Hulpwijzer"]),
        .executableTarget(name: "hulpwijzer-bench", dependencies: ["Hulpwijzer"]),
        .testTarget(
            name: "HulpwijzerTests",
            dependencies: ["Hulpwijzer"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
