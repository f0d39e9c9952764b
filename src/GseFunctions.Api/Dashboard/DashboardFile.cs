namespace GseFunctions.Api.Dashboard;

/// <summary>One file of the release console, read once from the assembly.</summary>
/// <param name="Path">Its path under <c>/api/dashboard/</c>, e.g. <c>js/chart.js</c>.</param>
/// <param name="ContentType">The media type it is served with.</param>
/// <param name="ETag">A strong entity tag from its content (quoted).</param>
/// <param name="Content">Its bytes.</param>
internal sealed record DashboardFile(string Path, string ContentType, string ETag, ReadOnlyMemory<byte> Content);
