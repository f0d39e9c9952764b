using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace GseFunctions.Api.Dashboard;

/// <summary>
/// The release console's files, embedded in this assembly under the logical name <c>dashboard/&lt;path&gt;</c>: a fixed
/// set known at build time, so a request can only ever name one of them (no file system, nothing to traverse).
/// </summary>
internal static class DashboardFiles
{
    private const string ResourcePrefix = "dashboard/";

    // Only these extensions are embedded and served; anything else in wwwroot is a build mistake and fails loudly here.
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, DashboardFile>> Catalog = new(Load);

    /// <summary>Every file by path (case-sensitive, as URLs are).</summary>
    public static FrozenDictionary<string, DashboardFile> All => Catalog.Value;

    /// <summary>The file at <paramref name="path"/>, or null.</summary>
    public static DashboardFile? Find(string path) => All.GetValueOrDefault(path);

    private static FrozenDictionary<string, DashboardFile> Load()
    {
        var assembly = typeof(DashboardFiles).Assembly;
        var files = new Dictionary<string, DashboardFile>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            // RecursiveDir carries the build machine's separator.
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            var extension = System.IO.Path.GetExtension(path);
            var contentType = ContentTypes.GetValueOrDefault(extension)
                ?? throw new InvalidOperationException($"The dashboard file '{path}' has no known content type.");
            var content = Read(assembly, name);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"";
            files[path] = new DashboardFile(path, contentType, etag, content);
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource '{name}'.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
