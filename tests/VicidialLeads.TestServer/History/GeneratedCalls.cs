using System.Globalization;

namespace VicidialLeads.TestServer.History;

/// <summary>Made-up calls for many numbers at once (benchmarks): numbers phoneFrom + step × i, each with its outbound and inbound calls.</summary>
internal static class GeneratedCalls
{
    private static readonly DateTime FirstCall = new(2026, 11, 2, 9, 0, 0);

    public static IEnumerable<CallLogEntry> For(long phoneFrom, int count, int step, int outbound, int inbound)
    {
        for (var i = 0; i < count; i++)
        {
            var phone = (phoneFrom + (long)step * i).ToString(CultureInfo.InvariantCulture);
            for (var k = 0; k < outbound + inbound; k++)
            {
                var uniqueId = string.Create(CultureInfo.InvariantCulture, $"{1795000000 + i}.{k}");
                yield return new CallLogEntry(uniqueId, 2_000_000 + i, 301 + (i % 5), phone, FirstCall.AddMinutes(i % 10_000).AddHours(k), 20 + (k * 7),
                    k % 2 == 0 ? "NA" : "SALE", k % 2 == 0 ? "VDAD" : "6666", k % 2 == 0 ? "CALLER" : "AGENT", Inbound: k >= outbound);
            }
        }
    }
}
