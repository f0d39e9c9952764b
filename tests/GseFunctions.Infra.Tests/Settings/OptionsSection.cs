using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GseFunctions.Infra.Tests.Settings;

/// <summary>
/// An options class and the configuration section it binds from, read by reflection: the app setting names it binds
/// (<c>Section__Property</c>; <c>Section__Property__*</c> for a dictionary) and the ones it requires, meaning those a
/// default instance fails validation on — its data annotations and its <see cref="IValidateOptions{TOptions}"/>
/// validators, run on the defaults with an empty configuration.
/// </summary>
internal sealed record OptionsSection(Type Options, string Section)
{
    public IReadOnlyList<string> Keys => [.. KeysOf(Options, Section)];

    /// <summary>The keys a default instance is refused on when nothing is configured.</summary>
    public IReadOnlyList<string> RequiredKeys
    {
        get
        {
            var (members, messages) = Validate(new ConfigurationBuilder().Build());
            var required = members.Select(m => $"{Section}__{m}").ToHashSet(StringComparer.OrdinalIgnoreCase);

            // Validators name the keys they refuse in configuration form (Auth:MasterKey).
            required.UnionWith(Keys.Where(k => !k.EndsWith("__*", StringComparison.Ordinal)
                && messages.Any(m => m.Contains(k.Replace("__", ":", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))));
            return [.. required.Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>
    /// Binds the section from <paramref name="configuration"/> and validates it as the host does at start-up: data
    /// annotations, then every <see cref="IValidateOptions{TOptions}"/> of the options' assembly (given the configuration).
    /// </summary>
    public (IReadOnlyList<string> Members, IReadOnlyList<string> Messages) Validate(IConfiguration configuration)
    {
        var instance = Activator.CreateInstance(Options)!;
        configuration.GetSection(Section.Replace("__", ":", StringComparison.Ordinal)).Bind(instance);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        var messages = results.Select(r => r.ErrorMessage ?? string.Join(", ", r.MemberNames)).ToList();

        var validatorType = typeof(IValidateOptions<>).MakeGenericType(Options);
        using var services = new ServiceCollection().AddSingleton(configuration).BuildServiceProvider();
        foreach (var type in Options.Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && validatorType.IsAssignableFrom(t)))
        {
            var validator = ActivatorUtilities.CreateInstance(services, type);
            var result = (ValidateOptionsResult)validatorType.GetMethod(nameof(IValidateOptions<object>.Validate))!.Invoke(validator, [Microsoft.Extensions.Options.Options.DefaultName, instance])!;
            if (result.Failed)
            {
                messages.AddRange(result.Failures);
            }
        }

        return ([.. results.SelectMany(r => r.MemberNames)], messages);
    }

    private static IEnumerable<string> KeysOf(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var key = $"{prefix}__{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsGenericType && propertyType.GetInterfaces().Append(propertyType).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)))
            {
                yield return key + "__*";
            }
            else if (IsLeaf(propertyType))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    yield return key;
                }
            }
            else if (propertyType.IsClass && !typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                foreach (var nested in KeysOf(propertyType, key))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(Uri) || type == typeof(DateTimeOffset) || type == typeof(Guid);
}
