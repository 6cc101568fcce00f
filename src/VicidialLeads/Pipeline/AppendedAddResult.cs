using System.Collections.Generic;
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

        /// <summary>The row of <paramref name="inputObject"/>; a value given as it is becomes a PhoneNumber column.</summary>
        public static PSObject Create(object? inputObject, LeadAddStatus status, long? leadId, string listId, string message)
        {
            var row = new PSObject();
            object? value = PipelineRow.Unwrap(inputObject);
            if (PipelineRow.IsScalar(value))
            {
                row.Properties.Add(new PSNoteProperty("PhoneNumber", value));
            }
            else
            {
                foreach (KeyValuePair<string, object?> cell in PipelineRow.ReadCells(PSObject.AsPSObject(inputObject!)))
                {
                    if (row.Properties[cell.Key] is null)
                        row.Properties.Add(new PSNoteProperty(cell.Key, cell.Value));
                }
            }
            Set(row, Status, status.ToString());
            Set(row, LeadId, leadId);
            Set(row, ListId, listId);
            Set(row, Message, message);
            return row;
        }

        private static void Set(PSObject row, string name, object? value)
        {
            PSPropertyInfo? existing = row.Properties[name];
            if (existing != null)
                existing.Value = value;
            else
                row.Properties.Add(new PSNoteProperty(name, value));
        }
    }
}
