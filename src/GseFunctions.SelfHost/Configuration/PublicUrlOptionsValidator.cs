using Microsoft.Extensions.Options;

namespace GseFunctions.SelfHost.Configuration;

/// <summary>Fails the start when <c>Host:PublicBaseUrl</c> is set but is no usable base URL; the message names the key, not the value.</summary>
internal sealed class PublicUrlOptionsValidator : IValidateOptions<PublicUrlOptions>
{
    public const string Key = PublicUrlOptions.Section + ":" + nameof(PublicUrlOptions.PublicBaseUrl);

    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PublicBaseUrl is null)
        {
            return ValidateOptionsResult.Success;
        }

        return Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0
            && !options.PublicBaseUrl.Contains('?', StringComparison.Ordinal) && !options.PublicBaseUrl.Contains('#', StringComparison.Ordinal)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{Key} must be an absolute http or https URL without user info, query or fragment (e.g. https://gse.example.com).");
    }
}
