using System;
using System.Linq;

namespace VicidialLeads.Tests.Support
{
    /// <summary>
    /// The seeded leads 4001–4200, one for each number 2025550100–2025550299: numbers whose answers a test can work
    /// out, however many it searches.
    /// </summary>
    internal static class NumberedLeads
    {
        /// <summary>Numbers with one lead each (2025550100–299) mixed with misses, in a shuffled order.</summary>
        public static string[] MixedNumbers(int count) =>
            Enumerable.Range(0, count).Select(i => (2025550000L + (i * 7919L % 1000)).ToString() + (i >= 1000 ? (i / 1000).ToString("D3") : "")).ToArray();

        /// <summary>The lead ids the server holds for <paramref name="number"/>: its one lead in the range, else none.</summary>
        public static long[] LeadIdsOf(string number)
        {
            long phone = long.Parse(number);
            return phone is >= 2025550100 and <= 2025550299 ? new[] { 4001 + (phone - 2025550100) } : Array.Empty<long>();
        }
    }
}
