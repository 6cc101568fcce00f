using System.Collections.Generic;

namespace VicidialLeads.Input
{
    /// <summary>A lead's field values from two sources: a row's own, and the values given for every row, which win.</summary>
    internal static class LeadValues
    {
        /// <summary>Drops from <paramref name="row"/> each field that <paramref name="given"/> sets.</summary>
        public static void DropGiven(List<KeyValuePair<LeadField, string>> row, IReadOnlyList<KeyValuePair<LeadField, string>> given)
        {
            if (given.Count == 0) return;
            for (int i = row.Count - 1; i >= 0; i--)
            {
                if (Sets(given, row[i].Key)) row.RemoveAt(i);
            }
        }

        private static bool Sets(IReadOnlyList<KeyValuePair<LeadField, string>> values, LeadField field)
        {
            foreach (KeyValuePair<LeadField, string> value in values)
            {
                if (value.Key == field) return true;
            }
            return false;
        }
    }
}
