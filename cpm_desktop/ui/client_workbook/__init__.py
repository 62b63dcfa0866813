"""The client workbook in the GUI: File > Export > Excel Workbook…, File > Import Client Edits…."""
