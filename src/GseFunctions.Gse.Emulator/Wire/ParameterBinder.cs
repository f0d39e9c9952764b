using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using GseFunctions.Gse.Emulator.Simulation;
using GseFunctions.Gse.Wire;

namespace GseFunctions.Gse.Emulator.Wire;

/// <summary>
/// Binds an action's parameters to its typed request the way the service judges them: an unknown field is
/// <c>UnknownParameter</c>, a value of the wrong type <c>InvalidParameter</c>, a missing required field
/// <c>MissingParameter</c>, a value outside its documented range <c>InvalidParameterValue</c>.
/// </summary>
internal static class ParameterBinder
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Properties = new();

    public static object Bind(JsonObject parameters, Type requestType)
    {
        RefuseUnknown(parameters, requestType, path: string.Empty);
        object? request;
        try
        {
            request = parameters.Deserialize(requestType, GseJson.Request);
        }
        catch (JsonException ex)
        {
            var path = ex.Path is { Length: > 2 } p ? p[2..] : "?";
            throw new GseFault(GseErrorCodes.InvalidParameter, $"The value of parameter `{path}` has the wrong type or format.");
        }

        Validate(request ?? throw new GseFault(GseErrorCodes.InvalidParameter, "The request has no parameters."), path: string.Empty);
        return request;
    }

    private static void RefuseUnknown(JsonNode? node, Type type, string path)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (node)
        {
            case JsonObject obj when IsModel(type):
                var known = PropertiesOf(type);
                foreach (var (name, value) in obj)
                {
                    if (!known.TryGetValue(name, out var property))
                    {
                        throw new GseFault(GseErrorCodes.UnknownParameter, $"The parameter `{Join(path, name)}` is not defined for this action.");
                    }

                    RefuseUnknown(value, property.PropertyType, Join(path, name));
                }

                break;
            case JsonArray array when ElementType(type) is { } element:
                for (var i = 0; i < array.Count; i++)
                {
                    RefuseUnknown(array[i], element, $"{path}.{i}");
                }

                break;
        }
    }

    private static void Validate(object model, string path)
    {
        foreach (var property in PropertiesOf(model.GetType()).Values)
        {
            var value = property.GetValue(model);
            var name = Join(path, property.Name);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (attribute.IsValid(value))
                {
                    continue;
                }

                throw attribute is RequiredAttribute && value is null
                    ? new GseFault(GseErrorCodes.MissingParameter, $"The parameter `{name}` is required.")
                    : new GseFault(GseErrorCodes.InvalidParameterValue, $"The value of parameter `{name}` is invalid: {attribute.FormatErrorMessage(name)}");
            }

            switch (value)
            {
                case null or string:
                    break;
                case IEnumerable items when ElementType(property.PropertyType) is { } element && IsModel(element):
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null)
                        {
                            Validate(item, $"{name}.{index}");
                        }

                        index++;
                    }

                    break;
                default:
                    if (IsModel(value.GetType()))
                    {
                        Validate(value, name);
                    }

                    break;
            }
        }
    }

    private static IReadOnlyDictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToDictionary(p => p.Name, StringComparer.Ordinal));

    private static bool IsModel(Type type) => type.IsClass && type != typeof(string) && type.Namespace == "GseFunctions.Gse.Models";

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(IEnumerable).IsAssignableFrom(type) ? element
        : null;

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
