using System.Collections.Generic;

namespace VicidialLeads.Functions.UpdateLead
{
    /// <summary>One batch_update_lead answer: rows changed, leads found, and which lead ids were found.</summary>
    internal sealed class BatchUpdateLeadAnswer
    {
        public BatchUpdateLeadAnswer(int rows, int found, HashSet<long> foundIds, bool nothingToChange)
        {
            Rows = rows;
            Found = found;
            FoundIds = foundIds;
            NothingToChange = nothingToChange;
        }

        public int Rows { get; }

        public int Found { get; }

        public HashSet<long> FoundIds { get; }

        /// <summary>An empty body: no field to change (70d).</summary>
        public bool NothingToChange { get; }
    }
}
