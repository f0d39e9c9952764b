using GseFunctions.Demo.Seeding;
using GseFunctions.Demo.Stack;

namespace GseFunctions.Demo.Up;

/// <summary>The ready-to-paste shell lines <c>up</c> mode prints: the stack's address, keys and ids, then one curl per task.</summary>
internal static class CurlExamples
{
    public static IReadOnlyList<string> For(Uri selfHost, StackKeys keys, SeededScenario seed)
    {
        ArgumentNullException.ThrowIfNull(selfHost);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(seed);
        var baseUrl = selfHost.ToString().TrimEnd('/');
        return
        [
            $"export GSEF={baseUrl} MASTER_KEY='{keys.MasterKey}' FUNCTION_KEY='{keys.FunctionKey}'",
            $"export ALIAS_ID={seed.AliasId} FLEET1_ID={seed.Fleet1} FLEET2_ID={seed.Fleet2}",
            "",
            "# health (anonymous)",
            "curl -s $GSEF/api/health",
            "# a session through the alias (function key): the hot path game backends call",
            "curl -s -X POST $GSEF/api/sessions -H \"x-functions-key: $FUNCTION_KEY\" -H 'content-type: application/json' \\",
            "     -d \"{\\\"aliasId\\\":\\\"$ALIAS_ID\\\",\\\"maximumPlayers\\\":8}\"",
            "curl -s \"$GSEF/api/sessions?aliasId=$ALIAS_ID&statusFilter=ACTIVE&limit=5\" -H \"x-functions-key: $FUNCTION_KEY\"",
            "# the alias (master key)",
            "curl -s $GSEF/api/aliases/$ALIAS_ID -H \"x-functions-key: $MASTER_KEY\"",
            "# the rollout: alias from fleet 1 to fleet 2 (answers 202 with the rollout id and its statusQueryGetUri)",
            "ROLLOUT_ID=$(curl -s -X POST $GSEF/api/rollouts -H \"x-functions-key: $MASTER_KEY\" -H 'content-type: application/json' \\",
            "     -d \"{\\\"aliasId\\\":\\\"$ALIAS_ID\\\",\\\"fleetId\\\":\\\"$FLEET2_ID\\\",\\\"options\\\":{\\\"pollInterval\\\":\\\"00:00:01\\\",\\\"maxPollInterval\\\":\\\"00:00:02\\\"}}\" \\",
            "     | sed -E 's/.*\"id\":\"([^\"]+)\".*/\\1/'); echo $ROLLOUT_ID",
            "curl -s $GSEF/api/rollouts/$ROLLOUT_ID -H \"x-functions-key: $MASTER_KEY\"",
            "curl -s $GSEF/runtime/webhooks/durabletask/instances/$ROLLOUT_ID -H \"x-functions-key: $MASTER_KEY\"",
            "curl -s \"$GSEF/api/rollouts?aliasId=$ALIAS_ID\" -H \"x-functions-key: $MASTER_KEY\"",
            "",
            "# to undo a running rollout (commented out, so pasting the whole block never undoes the one it started):",
            "# curl -s -X POST $GSEF/api/rollouts/$ROLLOUT_ID/abort -H \"x-functions-key: $MASTER_KEY\"      # before the switch; /rollback after it",
        ];
    }
}
