namespace GseFunctions.SelfHost.Auth;

/// <summary>The self-host's keys (section <c>Auth</c>); in Azure the Functions host keeps its own.</summary>
public sealed class FunctionKeysOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>The shortest key accepted.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>The master key (admin level, and accepted at function level). Required, at least 32 characters.</summary>
    public string? MasterKey { get; set; }

    /// <summary>Function keys by name (function level). Each at least 32 characters.</summary>
    public Dictionary<string, string> FunctionKeys { get; set; } = new(StringComparer.Ordinal);
}
