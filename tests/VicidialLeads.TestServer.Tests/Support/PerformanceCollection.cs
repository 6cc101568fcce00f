namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>The million-lead tests run alone: the data set is large. Speed is measured by the benchmark, not here.</summary>
[CollectionDefinition(nameof(PerformanceCollection), DisableParallelization = true)]
public sealed class PerformanceCollection;
