using System.Security.Cryptography;

namespace GseFunctions.Demo.Stack;

/// <summary>
/// The self-host's keys for this run: the master (admin) key and one function key, random per run unless
/// <c>GSEFUNCTIONS_MASTER_KEY</c> / <c>GSEFUNCTIONS_FUNCTION_KEY</c> are set. Never printed, except by <c>up</c> mode.
/// </summary>
internal sealed record StackKeys(string MasterKey, string FunctionKey)
{
    public const string MasterKeyVariable = "GSEFUNCTIONS_MASTER_KEY";
    public const string FunctionKeyVariable = "GSEFUNCTIONS_FUNCTION_KEY";

    /// <summary>The name the function key has in the self-host's configuration (<c>Auth:FunctionKeys:demo</c>).</summary>
    public const string FunctionKeyName = "demo";

    /// <summary>The self-host refuses shorter master keys.</summary>
    public const int MinimumMasterKeyLength = 32;

    /// <summary>Whether the keys came from the environment rather than being generated.</summary>
    public bool FromEnvironment { get; init; }

    /// <summary>The keys from the environment or new random ones; <paramref name="error"/> says why a given key is unusable (without showing it).</summary>
    public static StackKeys? Resolve(Func<string, string?> environment, out string? error)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var master = environment(MasterKeyVariable);
        var function = environment(FunctionKeyVariable);
        error = master is { Length: < MinimumMasterKeyLength }
            ? $"{MasterKeyVariable} must be at least {MinimumMasterKeyLength} characters (it has {master.Length})."
            : function is { Length: 0 } ? $"{FunctionKeyVariable} is set but empty." : null;
        if (error is not null)
        {
            return null;
        }

        return new StackKeys(string.IsNullOrEmpty(master) ? NewKey() : master, function ?? NewKey())
        {
            FromEnvironment = !string.IsNullOrEmpty(master) || function is not null,
        };
    }

    // 32 random bytes, base64url: 43 characters, safe in a header, a query string and a shell.
    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
