using System;
using System.Management.Automation;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// The rows Add-VicidialLead -AppendResult writes, a report of the load: a copy of each input row (the caller's row
    /// stays unchanged) with AddStatus, LeadId, ListId and AddMessage. A column the row already has under one of these
    /// names gets the new value in place, so the report of a resumed load can be loaded again.
    /// </summary>
    internal static class AppendedAddResult
    {
        public const string Status = "AddStatus";
        public const string LeadId = "LeadId";
        public const string ListId = "ListId";
        public const string Message = "AddMessage";

        private static readonly string[] Columns = { Status, LeadId, ListId, Message };

        /// <summary>The row of <paramref name="inputObject"/>; a value given as it is becomes a PhoneNumber column.</summary>
        public static PSObject Create(object? inputObject, LeadAddStatus status, long? leadId, string listId, string message)
        {
            PSObject row = AppendedResult.CopyRow(inputObject, "PhoneNumber",
                name => Array.FindIndex(Columns, column => string.Equals(column, name, StringComparison.OrdinalIgnoreCase)) >= 0, out _);
            AppendedResult.Set(row, Status, status.ToString());
            AppendedResult.Set(row, LeadId, leadId);
            AppendedResult.Set(row, ListId, listId);
            AppendedResult.Set(row, Message, message);
            return row;
        }
    }
}
