using GseFunctions.Rollouts.Storage;

namespace GseFunctions.Rollouts.Tests.Storage;

public sealed class InMemoryScheduleStoreTests : ScheduleStoreContract
{
    private protected override IScheduleStore Store { get; } = new InMemoryScheduleStore();
}
