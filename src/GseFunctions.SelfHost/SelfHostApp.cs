namespace GseFunctions.SelfHost;

/// <summary>
/// Names the self-host's assembly for <c>WebApplicationFactory&lt;SelfHostApp&gt;</c> (the top-level <c>Program</c>
/// would clash with the local GSE's in a test project that hosts both).
/// </summary>
public sealed class SelfHostApp
{
    private SelfHostApp()
    {
    }
}
