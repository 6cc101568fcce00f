using System.Globalization;

namespace VicidialLeads
{
    /// <summary>Counts in messages, so that one thing reads "1 number" and not "1 numbers".</summary>
    internal static class CountWording
    {
        /// <summary>"1 number", "2 numbers", "1,000 lead ids": the count with the noun in the right number.</summary>
        public static string Of(long count, string singular, string? plural = null) =>
            count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
    }
}
