using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GseFunctions.ServiceDefaults.Telemetry;

/// <summary>Fails the host's start when a telemetry setting is wrong, naming each bad key.</summary>
internal sealed class TelemetryOptionsValidator(IConfiguration configuration) : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var errors = TelemetrySettings.Read(configuration).Errors;
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
