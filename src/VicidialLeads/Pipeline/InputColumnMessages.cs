using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>What the input reader says about the columns it reads: in -Verbose, and when a row has none of them.</summary>
    internal static class InputColumnMessages
    {
        /// <summary>The -Verbose line that says which columns a row layout is read from.</summary>
        public static string Reading(RowColumns columns, bool phoneProperty, string done)
        {
            string name = columns.Value.Name;
            switch (columns.Kind)
            {
                case InputKind.LeadId:
                    return $"Reading lead ids from the column '{name}'{(columns.Archived != null ? $", and where they were found from '{columns.Archived.Name}'" : string.Empty)}.";
                case InputKind.VendorLeadCode:
                    return $"Searching by vendor lead code: the input has a '{name}' column and no phone number column.";
                default:
                    string given = phoneProperty ? " (-PhoneProperty)" : string.Empty;
                    return columns.Values.Count == 1
                        ? $"Reading phone numbers from the column '{name}'{given}."
                        : $"Reading phone numbers from the columns {Quoted(columns.Values)}{given}: each is {done}, and each result names its column (PhoneColumn).";
            }
        }

        /// <summary>The error for a row without any column the reader reads: the delimiter when that is the mistake, else the columns it has and the names it takes.</summary>
        public static InputColumnNotFoundException MissingColumn(PipelineRow rows, PSObject row, InputKind reads, bool phoneNumbers,
            IReadOnlyList<string>? phoneProperties, InputKind? mode, string done)
        {
            if (rows.DelimiterInName() is string delimiter)
            {
                return new InputColumnNotFoundException("WrongDelimiter",
                    $"The input has one column, named '{rows.Names[0]}': the file's columns are most likely separated by '{(delimiter == ";" ? ";" : "a tab")}', not by commas, so nothing was {done}. " +
                    $"Read it with Import-Csv -Delimiter '{delimiter}'{(delimiter == ";" ? " (or Import-Csv -UseCulture)" : string.Empty)}.", row);
            }
            if (phoneProperties != null)
                return new InputColumnNotFoundException("PhonePropertyNotFound", rows.MissingColumnMessage(ColumnResolver.PhoneNumber, phoneProperties[0], "PhoneProperty", done), row);
            if (mode == InputKind.VendorLeadCode)
            {
                return new InputColumnNotFoundException("PhoneColumnNotFound",
                    $"The input has no vendor_lead_code column, although the rows before it were searched by vendor lead code. Its columns: {rows.DescribeColumns()}.", row);
            }
            if (reads == InputKind.PhoneNumber)
                return new InputColumnNotFoundException("PhoneColumnNotFound", rows.MissingColumnMessage(ColumnResolver.PhoneNumber, null, "PhoneProperty", done), row);
            string message = phoneNumbers
                ? $"The input has neither a lead id nor a phone number column, so nothing was {done} for it. Its columns: {rows.DescribeColumns()}. " +
                  $"Accepted lead id columns: {ColumnResolver.LeadId.NameList}; accepted phone number columns, each one present is read (case, spaces, underscores, dashes and dots are ignored): {ColumnResolver.PhoneNumber.NameList}. " +
                  $"To read another column as the phone number, name it with -PhoneProperty, for example -PhoneProperty {rows.ExampleColumn}."
                : $"The input has no lead id column, so nothing was {done} for it. Its columns: {rows.DescribeColumns()}. Accepted lead id columns: {ColumnResolver.LeadId.NameList}.";
            return new InputColumnNotFoundException("LeadColumnNotFound", message, row);
        }

        /// <summary>'Home', 'Work' and 'Mobile'.</summary>
        public static string Quoted(IReadOnlyList<ColumnChoice> columns)
        {
            var names = new List<string>(columns.Count);
            foreach (ColumnChoice column in columns) names.Add("'" + column.Name + "'");
            return names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1];
        }
    }
}
