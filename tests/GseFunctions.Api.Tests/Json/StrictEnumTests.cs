using System.Text.Json;
using GseFunctions.Api.Json;
using GseFunctions.Rollouts.Contracts;

namespace GseFunctions.Api.Tests.Json;

/// <summary>
/// Every enum in a request body takes exactly one defined name: no flag combinations ("Delete, ScaleToZero" would read
/// as ScaleToZero), no padding, no numbers, nothing empty. Enums are still written by name.
/// </summary>
public sealed class StrictEnumTests
{
    private const string Target = "\"aliasId\":\"alias-1\",\"fleetId\":\"fleet-2\"";

    /// <summary>Each body enum (its JSON path and a body template with <c>{value}</c>) and two of its names.</summary>
    public static TheoryData<string, string, string, string> Fields => new()
    {
        { "rollout", "$.options.onDrainTimeout", "{" + Target + ",\"options\":{\"onDrainTimeout\":{value}}}", "EndSessions|Fail" },
        { "rollout", "$.options.retire", "{" + Target + ",\"options\":{\"retire\":{value}}}", "Delete|ScaleToZero" },
        { "schedule", "$.missedOccurrences", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"rollout\":{" + Target + "},\"missedOccurrences\":{value}}", "RunOnce|Skip" },
        { "schedule", "$.rollout.options.retire", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"rollout\":{" + Target + ",\"options\":{\"retire\":{value}}}}", "Delete|ScaleToZero" },
        { "schedule", "$.rollout.options.onDrainTimeout", "{\"scheduleId\":\"s1\",\"cron\":\"0 3 * * *\",\"rollout\":{" + Target + ",\"options\":{\"onDrainTimeout\":{value}}}}", "EndSessions|Fail" },
    };

    public static TheoryData<string, string, string, string> Refusals
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var row in Fields)
            {
                var (kind, path, template, names) = ((string)row[0], (string)row[1], (string)row[2], (string)row[3]);
                var (a, b) = (names.Split('|')[0], names.Split('|')[1]);
                foreach (var value in new[] { $"\"{a}, {b}\"", $"\"{a},{b}\"", $"\"{a},{a}\"", $"\" {a}\"", $"\"{a} \"", "\"1\"", "1", "\"\"", "null", "true" })
                {
                    data.Add(kind, path, template, value);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ReadBodyAsync_EnumNotExactlyOneDefinedName_Answers400NamingTheField(string kind, string path, string template, string value)
    {
        var json = template.Replace("{value}", value, StringComparison.Ordinal);

        var errors = await RefusedAsync(kind, json);
        var baseline = await RefusedAsync(kind, template.Replace("{value}", "\"NoSuchName\"", StringComparison.Ordinal));

        Assert.True(errors.ContainsKey(path), $"{value}: errors should name {path}: {string.Join(", ", errors.Keys)}");
        Assert.Equal(baseline[path], errors[path]); // one fixed message per field, whatever was sent: the input is not echoed
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task ReadBodyAsync_EnumOneDefinedName_ReadsIt(string kind, string path, string template, string names)
    {
        foreach (var name in names.Split('|'))
        {
            foreach (var spelling in new[] { name, name.ToLowerInvariant(), char.ToLowerInvariant(name[0]) + name[1..] })
            {
                var json = template.Replace("{value}", $"\"{spelling}\"", StringComparison.Ordinal);

                var read = kind == "rollout"
                    ? JsonSerializer.Serialize(await JsonBody.ReadAsync<RolloutRequest>(json), ApiJson.Options)
                    : JsonSerializer.Serialize(await JsonBody.ReadAsync<ScheduleRequest>(json), ApiJson.Options);

                Assert.True(read.Contains($":\"{name}\"", StringComparison.Ordinal), $"{path} = {spelling}: {read}");
            }
        }
    }

    [Fact]
    public void Serialize_Enums_WritesTheirNames()
    {
        var options = new RolloutOptions { OnDrainTimeout = DrainTimeoutAction.EndSessions, Retire = RetireMode.ScaleToZero };

        var json = JsonSerializer.Serialize(new { options, missed = MissedOccurrencePolicy.Skip, outcome = RolloutOutcome.RolledBack, phase = (RolloutPhase?)null }, ApiJson.Options);

        Assert.Contains("\"onDrainTimeout\":\"EndSessions\"", json, StringComparison.Ordinal);
        Assert.Contains("\"retire\":\"ScaleToZero\"", json, StringComparison.Ordinal);
        Assert.Contains("\"missed\":\"Skip\"", json, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"RolledBack\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("phase", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullIntoNullableEnum_ReadsNull()
    {
        var read = JsonSerializer.Deserialize<OptionalRetire>("""{"retire":null}""", ApiJson.Options)!;

        Assert.Null(read.Retire);
        Assert.Equal(RetireMode.ScaleToZero, JsonSerializer.Deserialize<OptionalRetire>("""{"retire":"ScaleToZero"}""", ApiJson.Options)!.Retire);
        Assert.Throws<JsonFieldException>(() => JsonSerializer.Deserialize<OptionalRetire>("""{"retire":"Delete, ScaleToZero"}""", ApiJson.Options));
    }

    private static Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(string kind, string json) =>
        kind == "rollout" ? JsonBody.RefusedAsync<RolloutRequest>(json) : JsonBody.RefusedAsync<ScheduleRequest>(json);

    private sealed record OptionalRetire(RetireMode? Retire);
}
