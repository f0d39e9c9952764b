using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Auth;

/// <summary>Fails the start when the master key is missing or any key is too short; messages name keys, never values.</summary>
internal sealed class FunctionKeysOptionsValidator : IValidateOptions<FunctionKeysOptions>
{
    public ValidateOptionsResult Validate(string? name, FunctionKeysOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.MasterKey))
        {
            failures.Add($"Auth:MasterKey is required (at least {FunctionKeysOptions.MinimumKeyLength} characters; local.settings.json \"Values\": {{\"Auth__MasterKey\": ...}} or the environment variable Auth__MasterKey).");
        }
        else if (options.MasterKey.Length < FunctionKeysOptions.MinimumKeyLength)
        {
            failures.Add($"Auth:MasterKey must be at least {FunctionKeysOptions.MinimumKeyLength} characters.");
        }

        foreach (var (keyName, value) in options.FunctionKeys)
        {
            if (string.IsNullOrEmpty(value) || value.Length < FunctionKeysOptions.MinimumKeyLength)
            {
                failures.Add($"Auth:FunctionKeys:{keyName} must be at least {FunctionKeysOptions.MinimumKeyLength} characters.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
