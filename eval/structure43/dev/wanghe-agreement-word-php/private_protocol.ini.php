<?php

$config = [];
$config['private_protocol'] = <<<TOD
<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
 
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="file0915.files/filelist.xml">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>陈 鑫</o:Author>
  <o:LastAuthor>陈 鑫</o:LastAuthor>
  <o:Revision>2</o:Revision>
  <o:TotalTime>6</o:TotalTime>
  <o:Created>2019-01-04T01:18:00Z</o:Created>
  <o:LastSaved>2019-01-04T01:18:00Z</o:LastSaved>
  <o:Pages>6</o:Pages>
  <o:Words>740</o:Words>
  <o:Characters>4218</o:Characters>
  <o:Lines>35</o:Lines>
  <o:Paragraphs>9</o:Paragraphs>
  <o:CharactersWithSpaces>4949</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=themeData href="file0915.files/themedata.thmx">
<link rel=colorSchemeMapping href="file0915.files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
   <w:UseFELayout/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="375">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 3"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 4"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 5"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 6"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 7"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 8"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 9"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 4"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 5"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 6"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 7"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 8"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index 9"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 1"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 2"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 3"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 4"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 5"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 6"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 7"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 8"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 9"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Normal Indent"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="annotation text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="header"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footer"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="index heading"/>
  <w:LsdException Locked="false" Priority="35" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="caption"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="table of figures"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="envelope address"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="envelope return"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote reference"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="annotation reference"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="line number"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="page number"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="endnote reference"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="endnote text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="table of authorities"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="macro"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="toa heading"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Bullet"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Number"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List 4"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List 5"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Bullet 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Bullet 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Bullet 4"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Bullet 5"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Number 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Number 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Number 4"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Number 5"/>
  <w:LsdException Locked="false" Priority="10" QFormat="true" Name="Title"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Closing"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Signature"/>
  <w:LsdException Locked="false" Priority="1" SemiHidden="true"
   UnhideWhenUsed="true" Name="Default Paragraph Font"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Body Text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Body Text Indent"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Continue"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Continue 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Continue 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Continue 4"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="List Continue 5"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Message Header"/>
  <w:LsdException Locked="false" Priority="11" QFormat="true" Name="Subtitle"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Salutation"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Date"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Body Text First Indent"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Body Text First Indent 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Note Heading"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Body Text 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Body Text 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Body Text Indent 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Body Text Indent 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Block Text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Hyperlink"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="FollowedHyperlink"/>
  <w:LsdException Locked="false" Priority="22" QFormat="true" Name="Strong"/>
  <w:LsdException Locked="false" Priority="20" QFormat="true" Name="Emphasis"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Document Map"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Plain Text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="E-mail Signature"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Top of Form"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Bottom of Form"/>
  <w:LsdException Locked="false" Priority="0" SemiHidden="true"
   UnhideWhenUsed="true" Name="Normal (Web)"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Acronym"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Address"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Cite"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Code"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Definition"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Keyboard"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Preformatted"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Sample"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Typewriter"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="HTML Variable"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Normal Table"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="annotation subject"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="No List"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Outline List 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Outline List 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Outline List 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Simple 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Simple 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Simple 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Classic 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Classic 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Classic 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Classic 4"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Colorful 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Colorful 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Colorful 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Columns 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Columns 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Columns 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Columns 4"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Columns 5"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Grid 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Grid 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Grid 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Grid 4"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Grid 5"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Grid 6"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Grid 7"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Grid 8"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table List 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table List 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table List 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table List 4"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table List 5"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table List 6"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table List 7"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table List 8"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table 3D effects 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table 3D effects 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table 3D effects 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Contemporary"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Elegant"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Professional"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Subtle 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Subtle 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Web 1"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Web 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Web 3"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Balloon Text"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Table Theme"/>
  <w:LsdException Locked="false" SemiHidden="true" Name="Placeholder Text"/>
  <w:LsdException Locked="false" Priority="1" QFormat="true" Name="No Spacing"/>
  <w:LsdException Locked="false" Priority="60" Name="Light Shading"/>
  <w:LsdException Locked="false" Priority="61" Name="Light List"/>
  <w:LsdException Locked="false" Priority="62" Name="Light Grid"/>
  <w:LsdException Locked="false" Priority="63" Name="Medium Shading 1"/>
  <w:LsdException Locked="false" Priority="64" Name="Medium Shading 2"/>
  <w:LsdException Locked="false" Priority="65" Name="Medium List 1"/>
  <w:LsdException Locked="false" Priority="66" Name="Medium List 2"/>
  <w:LsdException Locked="false" Priority="67" Name="Medium Grid 1"/>
  <w:LsdException Locked="false" Priority="68" Name="Medium Grid 2"/>
  <w:LsdException Locked="false" Priority="69" Name="Medium Grid 3"/>
  <w:LsdException Locked="false" Priority="70" Name="Dark List"/>
  <w:LsdException Locked="false" Priority="71" Name="Colorful Shading"/>
  <w:LsdException Locked="false" Priority="72" Name="Colorful List"/>
  <w:LsdException Locked="false" Priority="73" Name="Colorful Grid"/>
  <w:LsdException Locked="false" Priority="60" Name="Light Shading Accent 1"/>
  <w:LsdException Locked="false" Priority="61" Name="Light List Accent 1"/>
  <w:LsdException Locked="false" Priority="62" Name="Light Grid Accent 1"/>
  <w:LsdException Locked="false" Priority="63" Name="Medium Shading 1 Accent 1"/>
  <w:LsdException Locked="false" Priority="64" Name="Medium Shading 2 Accent 1"/>
  <w:LsdException Locked="false" Priority="65" Name="Medium List 1 Accent 1"/>
  <w:LsdException Locked="false" SemiHidden="true" Name="Revision"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true"
   Name="List Paragraph"/>
  <w:LsdException Locked="false" Priority="29" QFormat="true" Name="Quote"/>
  <w:LsdException Locked="false" Priority="30" QFormat="true"
   Name="Intense Quote"/>
  <w:LsdException Locked="false" Priority="66" Name="Medium List 2 Accent 1"/>
  <w:LsdException Locked="false" Priority="67" Name="Medium Grid 1 Accent 1"/>
  <w:LsdException Locked="false" Priority="68" Name="Medium Grid 2 Accent 1"/>
  <w:LsdException Locked="false" Priority="69" Name="Medium Grid 3 Accent 1"/>
  <w:LsdException Locked="false" Priority="70" Name="Dark List Accent 1"/>
  <w:LsdException Locked="false" Priority="71" Name="Colorful Shading Accent 1"/>
  <w:LsdException Locked="false" Priority="72" Name="Colorful List Accent 1"/>
  <w:LsdException Locked="false" Priority="73" Name="Colorful Grid Accent 1"/>
  <w:LsdException Locked="false" Priority="60" Name="Light Shading Accent 2"/>
  <w:LsdException Locked="false" Priority="61" Name="Light List Accent 2"/>
  <w:LsdException Locked="false" Priority="62" Name="Light Grid Accent 2"/>
  <w:LsdException Locked="false" Priority="63" Name="Medium Shading 1 Accent 2"/>
  <w:LsdException Locked="false" Priority="64" Name="Medium Shading 2 Accent 2"/>
  <w:LsdException Locked="false" Priority="65" Name="Medium List 1 Accent 2"/>
  <w:LsdException Locked="false" Priority="66" Name="Medium List 2 Accent 2"/>
  <w:LsdException Locked="false" Priority="67" Name="Medium Grid 1 Accent 2"/>
  <w:LsdException Locked="false" Priority="68" Name="Medium Grid 2 Accent 2"/>
  <w:LsdException Locked="false" Priority="69" Name="Medium Grid 3 Accent 2"/>
  <w:LsdException Locked="false" Priority="70" Name="Dark List Accent 2"/>
  <w:LsdException Locked="false" Priority="71" Name="Colorful Shading Accent 2"/>
  <w:LsdException Locked="false" Priority="72" Name="Colorful List Accent 2"/>
  <w:LsdException Locked="false" Priority="73" Name="Colorful Grid Accent 2"/>
  <w:LsdException Locked="false" Priority="60" Name="Light Shading Accent 3"/>
  <w:LsdException Locked="false" Priority="61" Name="Light List Accent 3"/>
  <w:LsdException Locked="false" Priority="62" Name="Light Grid Accent 3"/>
  <w:LsdException Locked="false" Priority="63" Name="Medium Shading 1 Accent 3"/>
  <w:LsdException Locked="false" Priority="64" Name="Medium Shading 2 Accent 3"/>
  <w:LsdException Locked="false" Priority="65" Name="Medium List 1 Accent 3"/>
  <w:LsdException Locked="false" Priority="66" Name="Medium List 2 Accent 3"/>
  <w:LsdException Locked="false" Priority="67" Name="Medium Grid 1 Accent 3"/>
  <w:LsdException Locked="false" Priority="68" Name="Medium Grid 2 Accent 3"/>
  <w:LsdException Locked="false" Priority="69" Name="Medium Grid 3 Accent 3"/>
  <w:LsdException Locked="false" Priority="70" Name="Dark List Accent 3"/>
  <w:LsdException Locked="false" Priority="71" Name="Colorful Shading Accent 3"/>
  <w:LsdException Locked="false" Priority="72" Name="Colorful List Accent 3"/>
  <w:LsdException Locked="false" Priority="73" Name="Colorful Grid Accent 3"/>
  <w:LsdException Locked="false" Priority="60" Name="Light Shading Accent 4"/>
  <w:LsdException Locked="false" Priority="61" Name="Light List Accent 4"/>
  <w:LsdException Locked="false" Priority="62" Name="Light Grid Accent 4"/>
  <w:LsdException Locked="false" Priority="63" Name="Medium Shading 1 Accent 4"/>
  <w:LsdException Locked="false" Priority="64" Name="Medium Shading 2 Accent 4"/>
  <w:LsdException Locked="false" Priority="65" Name="Medium List 1 Accent 4"/>
  <w:LsdException Locked="false" Priority="66" Name="Medium List 2 Accent 4"/>
  <w:LsdException Locked="false" Priority="67" Name="Medium Grid 1 Accent 4"/>
  <w:LsdException Locked="false" Priority="68" Name="Medium Grid 2 Accent 4"/>
  <w:LsdException Locked="false" Priority="69" Name="Medium Grid 3 Accent 4"/>
  <w:LsdException Locked="false" Priority="70" Name="Dark List Accent 4"/>
  <w:LsdException Locked="false" Priority="71" Name="Colorful Shading Accent 4"/>
  <w:LsdException Locked="false" Priority="72" Name="Colorful List Accent 4"/>
  <w:LsdException Locked="false" Priority="73" Name="Colorful Grid Accent 4"/>
  <w:LsdException Locked="false" Priority="60" Name="Light Shading Accent 5"/>
  <w:LsdException Locked="false" Priority="61" Name="Light List Accent 5"/>
  <w:LsdException Locked="false" Priority="62" Name="Light Grid Accent 5"/>
  <w:LsdException Locked="false" Priority="63" Name="Medium Shading 1 Accent 5"/>
  <w:LsdException Locked="false" Priority="64" Name="Medium Shading 2 Accent 5"/>
  <w:LsdException Locked="false" Priority="65" Name="Medium List 1 Accent 5"/>
  <w:LsdException Locked="false" Priority="66" Name="Medium List 2 Accent 5"/>
  <w:LsdException Locked="false" Priority="67" Name="Medium Grid 1 Accent 5"/>
  <w:LsdException Locked="false" Priority="68" Name="Medium Grid 2 Accent 5"/>
  <w:LsdException Locked="false" Priority="69" Name="Medium Grid 3 Accent 5"/>
  <w:LsdException Locked="false" Priority="70" Name="Dark List Accent 5"/>
  <w:LsdException Locked="false" Priority="71" Name="Colorful Shading Accent 5"/>
  <w:LsdException Locked="false" Priority="72" Name="Colorful List Accent 5"/>
  <w:LsdException Locked="false" Priority="73" Name="Colorful Grid Accent 5"/>
  <w:LsdException Locked="false" Priority="60" Name="Light Shading Accent 6"/>
  <w:LsdException Locked="false" Priority="61" Name="Light List Accent 6"/>
  <w:LsdException Locked="false" Priority="62" Name="Light Grid Accent 6"/>
  <w:LsdException Locked="false" Priority="63" Name="Medium Shading 1 Accent 6"/>
  <w:LsdException Locked="false" Priority="64" Name="Medium Shading 2 Accent 6"/>
  <w:LsdException Locked="false" Priority="65" Name="Medium List 1 Accent 6"/>
  <w:LsdException Locked="false" Priority="66" Name="Medium List 2 Accent 6"/>
  <w:LsdException Locked="false" Priority="67" Name="Medium Grid 1 Accent 6"/>
  <w:LsdException Locked="false" Priority="68" Name="Medium Grid 2 Accent 6"/>
  <w:LsdException Locked="false" Priority="69" Name="Medium Grid 3 Accent 6"/>
  <w:LsdException Locked="false" Priority="70" Name="Dark List Accent 6"/>
  <w:LsdException Locked="false" Priority="71" Name="Colorful Shading Accent 6"/>
  <w:LsdException Locked="false" Priority="72" Name="Colorful List Accent 6"/>
  <w:LsdException Locked="false" Priority="73" Name="Colorful Grid Accent 6"/>
  <w:LsdException Locked="false" Priority="19" QFormat="true"
   Name="Subtle Emphasis"/>
  <w:LsdException Locked="false" Priority="21" QFormat="true"
   Name="Intense Emphasis"/>
  <w:LsdException Locked="false" Priority="31" QFormat="true"
   Name="Subtle Reference"/>
  <w:LsdException Locked="false" Priority="32" QFormat="true"
   Name="Intense Reference"/>
  <w:LsdException Locked="false" Priority="33" QFormat="true" Name="Book Title"/>
  <w:LsdException Locked="false" Priority="37" SemiHidden="true"
   UnhideWhenUsed="true" Name="Bibliography"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="TOC Heading"/>
  <w:LsdException Locked="false" Priority="41" Name="Plain Table 1"/>
  <w:LsdException Locked="false" Priority="42" Name="Plain Table 2"/>
  <w:LsdException Locked="false" Priority="43" Name="Plain Table 3"/>
  <w:LsdException Locked="false" Priority="44" Name="Plain Table 4"/>
  <w:LsdException Locked="false" Priority="45" Name="Plain Table 5"/>
  <w:LsdException Locked="false" Priority="40" Name="Grid Table Light"/>
  <w:LsdException Locked="false" Priority="46" Name="Grid Table 1 Light"/>
  <w:LsdException Locked="false" Priority="47" Name="Grid Table 2"/>
  <w:LsdException Locked="false" Priority="48" Name="Grid Table 3"/>
  <w:LsdException Locked="false" Priority="49" Name="Grid Table 4"/>
  <w:LsdException Locked="false" Priority="50" Name="Grid Table 5 Dark"/>
  <w:LsdException Locked="false" Priority="51" Name="Grid Table 6 Colorful"/>
  <w:LsdException Locked="false" Priority="52" Name="Grid Table 7 Colorful"/>
  <w:LsdException Locked="false" Priority="46"
   Name="Grid Table 1 Light Accent 1"/>
  <w:LsdException Locked="false" Priority="47" Name="Grid Table 2 Accent 1"/>
  <w:LsdException Locked="false" Priority="48" Name="Grid Table 3 Accent 1"/>
  <w:LsdException Locked="false" Priority="49" Name="Grid Table 4 Accent 1"/>
  <w:LsdException Locked="false" Priority="50" Name="Grid Table 5 Dark Accent 1"/>
  <w:LsdException Locked="false" Priority="51"
   Name="Grid Table 6 Colorful Accent 1"/>
  <w:LsdException Locked="false" Priority="52"
   Name="Grid Table 7 Colorful Accent 1"/>
  <w:LsdException Locked="false" Priority="46"
   Name="Grid Table 1 Light Accent 2"/>
  <w:LsdException Locked="false" Priority="47" Name="Grid Table 2 Accent 2"/>
  <w:LsdException Locked="false" Priority="48" Name="Grid Table 3 Accent 2"/>
  <w:LsdException Locked="false" Priority="49" Name="Grid Table 4 Accent 2"/>
  <w:LsdException Locked="false" Priority="50" Name="Grid Table 5 Dark Accent 2"/>
  <w:LsdException Locked="false" Priority="51"
   Name="Grid Table 6 Colorful Accent 2"/>
  <w:LsdException Locked="false" Priority="52"
   Name="Grid Table 7 Colorful Accent 2"/>
  <w:LsdException Locked="false" Priority="46"
   Name="Grid Table 1 Light Accent 3"/>
  <w:LsdException Locked="false" Priority="47" Name="Grid Table 2 Accent 3"/>
  <w:LsdException Locked="false" Priority="48" Name="Grid Table 3 Accent 3"/>
  <w:LsdException Locked="false" Priority="49" Name="Grid Table 4 Accent 3"/>
  <w:LsdException Locked="false" Priority="50" Name="Grid Table 5 Dark Accent 3"/>
  <w:LsdException Locked="false" Priority="51"
   Name="Grid Table 6 Colorful Accent 3"/>
  <w:LsdException Locked="false" Priority="52"
   Name="Grid Table 7 Colorful Accent 3"/>
  <w:LsdException Locked="false" Priority="46"
   Name="Grid Table 1 Light Accent 4"/>
  <w:LsdException Locked="false" Priority="47" Name="Grid Table 2 Accent 4"/>
  <w:LsdException Locked="false" Priority="48" Name="Grid Table 3 Accent 4"/>
  <w:LsdException Locked="false" Priority="49" Name="Grid Table 4 Accent 4"/>
  <w:LsdException Locked="false" Priority="50" Name="Grid Table 5 Dark Accent 4"/>
  <w:LsdException Locked="false" Priority="51"
   Name="Grid Table 6 Colorful Accent 4"/>
  <w:LsdException Locked="false" Priority="52"
   Name="Grid Table 7 Colorful Accent 4"/>
  <w:LsdException Locked="false" Priority="46"
   Name="Grid Table 1 Light Accent 5"/>
  <w:LsdException Locked="false" Priority="47" Name="Grid Table 2 Accent 5"/>
  <w:LsdException Locked="false" Priority="48" Name="Grid Table 3 Accent 5"/>
  <w:LsdException Locked="false" Priority="49" Name="Grid Table 4 Accent 5"/>
  <w:LsdException Locked="false" Priority="50" Name="Grid Table 5 Dark Accent 5"/>
  <w:LsdException Locked="false" Priority="51"
   Name="Grid Table 6 Colorful Accent 5"/>
  <w:LsdException Locked="false" Priority="52"
   Name="Grid Table 7 Colorful Accent 5"/>
  <w:LsdException Locked="false" Priority="46"
   Name="Grid Table 1 Light Accent 6"/>
  <w:LsdException Locked="false" Priority="47" Name="Grid Table 2 Accent 6"/>
  <w:LsdException Locked="false" Priority="48" Name="Grid Table 3 Accent 6"/>
  <w:LsdException Locked="false" Priority="49" Name="Grid Table 4 Accent 6"/>
  <w:LsdException Locked="false" Priority="50" Name="Grid Table 5 Dark Accent 6"/>
  <w:LsdException Locked="false" Priority="51"
   Name="Grid Table 6 Colorful Accent 6"/>
  <w:LsdException Locked="false" Priority="52"
   Name="Grid Table 7 Colorful Accent 6"/>
  <w:LsdException Locked="false" Priority="46" Name="List Table 1 Light"/>
  <w:LsdException Locked="false" Priority="47" Name="List Table 2"/>
  <w:LsdException Locked="false" Priority="48" Name="List Table 3"/>
  <w:LsdException Locked="false" Priority="49" Name="List Table 4"/>
  <w:LsdException Locked="false" Priority="50" Name="List Table 5 Dark"/>
  <w:LsdException Locked="false" Priority="51" Name="List Table 6 Colorful"/>
  <w:LsdException Locked="false" Priority="52" Name="List Table 7 Colorful"/>
  <w:LsdException Locked="false" Priority="46"
   Name="List Table 1 Light Accent 1"/>
  <w:LsdException Locked="false" Priority="47" Name="List Table 2 Accent 1"/>
  <w:LsdException Locked="false" Priority="48" Name="List Table 3 Accent 1"/>
  <w:LsdException Locked="false" Priority="49" Name="List Table 4 Accent 1"/>
  <w:LsdException Locked="false" Priority="50" Name="List Table 5 Dark Accent 1"/>
  <w:LsdException Locked="false" Priority="51"
   Name="List Table 6 Colorful Accent 1"/>
  <w:LsdException Locked="false" Priority="52"
   Name="List Table 7 Colorful Accent 1"/>
  <w:LsdException Locked="false" Priority="46"
   Name="List Table 1 Light Accent 2"/>
  <w:LsdException Locked="false" Priority="47" Name="List Table 2 Accent 2"/>
  <w:LsdException Locked="false" Priority="48" Name="List Table 3 Accent 2"/>
  <w:LsdException Locked="false" Priority="49" Name="List Table 4 Accent 2"/>
  <w:LsdException Locked="false" Priority="50" Name="List Table 5 Dark Accent 2"/>
  <w:LsdException Locked="false" Priority="51"
   Name="List Table 6 Colorful Accent 2"/>
  <w:LsdException Locked="false" Priority="52"
   Name="List Table 7 Colorful Accent 2"/>
  <w:LsdException Locked="false" Priority="46"
   Name="List Table 1 Light Accent 3"/>
  <w:LsdException Locked="false" Priority="47" Name="List Table 2 Accent 3"/>
  <w:LsdException Locked="false" Priority="48" Name="List Table 3 Accent 3"/>
  <w:LsdException Locked="false" Priority="49" Name="List Table 4 Accent 3"/>
  <w:LsdException Locked="false" Priority="50" Name="List Table 5 Dark Accent 3"/>
  <w:LsdException Locked="false" Priority="51"
   Name="List Table 6 Colorful Accent 3"/>
  <w:LsdException Locked="false" Priority="52"
   Name="List Table 7 Colorful Accent 3"/>
  <w:LsdException Locked="false" Priority="46"
   Name="List Table 1 Light Accent 4"/>
  <w:LsdException Locked="false" Priority="47" Name="List Table 2 Accent 4"/>
  <w:LsdException Locked="false" Priority="48" Name="List Table 3 Accent 4"/>
  <w:LsdException Locked="false" Priority="49" Name="List Table 4 Accent 4"/>
  <w:LsdException Locked="false" Priority="50" Name="List Table 5 Dark Accent 4"/>
  <w:LsdException Locked="false" Priority="51"
   Name="List Table 6 Colorful Accent 4"/>
  <w:LsdException Locked="false" Priority="52"
   Name="List Table 7 Colorful Accent 4"/>
  <w:LsdException Locked="false" Priority="46"
   Name="List Table 1 Light Accent 5"/>
  <w:LsdException Locked="false" Priority="47" Name="List Table 2 Accent 5"/>
  <w:LsdException Locked="false" Priority="48" Name="List Table 3 Accent 5"/>
  <w:LsdException Locked="false" Priority="49" Name="List Table 4 Accent 5"/>
  <w:LsdException Locked="false" Priority="50" Name="List Table 5 Dark Accent 5"/>
  <w:LsdException Locked="false" Priority="51"
   Name="List Table 6 Colorful Accent 5"/>
  <w:LsdException Locked="false" Priority="52"
   Name="List Table 7 Colorful Accent 5"/>
  <w:LsdException Locked="false" Priority="46"
   Name="List Table 1 Light Accent 6"/>
  <w:LsdException Locked="false" Priority="47" Name="List Table 2 Accent 6"/>
  <w:LsdException Locked="false" Priority="48" Name="List Table 3 Accent 6"/>
  <w:LsdException Locked="false" Priority="49" Name="List Table 4 Accent 6"/>
  <w:LsdException Locked="false" Priority="50" Name="List Table 5 Dark Accent 6"/>
  <w:LsdException Locked="false" Priority="51"
   Name="List Table 6 Colorful Accent 6"/>
  <w:LsdException Locked="false" Priority="52"
   Name="List Table 7 Colorful Accent 6"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Mention"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Smart Hyperlink"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Hashtag"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="Unresolved Mention"/>
 </w:LatentStyles>
</xml><![endif]-->
<style> 
<!--
 /* Font Definitions */
 @font-face
  {font-family:宋体;
  panose-1:2 1 6 0 3 1 1 1 1 1;
  mso-font-alt:SimSun;
  mso-font-charset:134;
  mso-generic-font-family:auto;
  mso-font-pitch:variable;
  mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
  {font-family:"Cambria Math";
  panose-1:2 4 5 3 5 4 6 3 2 4;
  mso-font-charset:0;
  mso-generic-font-family:roman;
  mso-font-pitch:variable;
  mso-font-signature:3 0 0 0 1 0;}
@font-face
  {font-family:等线;
  panose-1:2 1 6 0 3 1 1 1 1 1;
  mso-font-alt:DengXian;
  mso-font-charset:134;
  mso-generic-font-family:auto;
  mso-font-pitch:variable;
  mso-font-signature:-1610612033 953122042 22 0 262159 0;}
@font-face
  {font-family:微软雅黑;
  panose-1:2 11 5 3 2 2 4 2 2 4;
  mso-font-charset:134;
  mso-generic-font-family:swiss;
  mso-font-pitch:variable;
  mso-font-signature:-2147483001 718224464 22 0 262175 0;}
@font-face
  {font-family:"\@宋体";
  panose-1:2 1 6 0 3 1 1 1 1 1;
  mso-font-charset:134;
  mso-generic-font-family:auto;
  mso-font-pitch:variable;
  mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
  {font-family:"\@微软雅黑";
  mso-font-charset:134;
  mso-generic-font-family:swiss;
  mso-font-pitch:variable;
  mso-font-signature:-2147483001 718224464 22 0 262175 0;}
@font-face
  {font-family:"\@等线";
  panose-1:2 1 6 0 3 1 1 1 1 1;
  mso-font-charset:134;
  mso-generic-font-family:auto;
  mso-font-pitch:variable;
  mso-font-signature:-1610612033 953122042 22 0 262159 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
  {mso-style-unhide:no;
  mso-style-qformat:yes;
  mso-style-parent:"";
  margin:0cm;
  margin-bottom:.0001pt;
  text-align:justify;
  text-justify:inter-ideograph;
  mso-pagination:none;
  font-size:10.5pt;
  mso-bidi-font-size:12.0pt;
  font-family:等线;
  mso-ascii-font-family:等线;
  mso-ascii-theme-font:minor-latin;
  mso-fareast-font-family:等线;
  mso-fareast-theme-font:minor-fareast;
  mso-hansi-font-family:等线;
  mso-hansi-theme-font:minor-latin;
  mso-bidi-font-family:"Times New Roman";
  mso-bidi-theme-font:minor-bidi;
  mso-font-kerning:1.0pt;}
p.MsoHeader, li.MsoHeader, div.MsoHeader
  {mso-style-priority:99;
  mso-style-link:"页眉 字符";
  margin:0cm;
  margin-bottom:.0001pt;
  text-align:center;
  mso-pagination:none;
  tab-stops:center 207.65pt right 415.3pt;
  layout-grid-mode:char;
  border:none;
  mso-border-bottom-alt:solid windowtext .75pt;
  padding:0cm;
  mso-padding-alt:0cm 0cm 1.0pt 0cm;
  font-size:9.0pt;
  font-family:等线;
  mso-ascii-font-family:等线;
  mso-ascii-theme-font:minor-latin;
  mso-fareast-font-family:等线;
  mso-fareast-theme-font:minor-fareast;
  mso-hansi-font-family:等线;
  mso-hansi-theme-font:minor-latin;
  mso-bidi-font-family:"Times New Roman";
  mso-bidi-theme-font:minor-bidi;
  mso-font-kerning:1.0pt;}
p.MsoFooter, li.MsoFooter, div.MsoFooter
  {mso-style-priority:99;
  mso-style-link:"页脚 字符";
  margin:0cm;
  margin-bottom:.0001pt;
  mso-pagination:none;
  tab-stops:center 207.65pt right 415.3pt;
  layout-grid-mode:char;
  font-size:9.0pt;
  font-family:等线;
  mso-ascii-font-family:等线;
  mso-ascii-theme-font:minor-latin;
  mso-fareast-font-family:等线;
  mso-fareast-theme-font:minor-fareast;
  mso-hansi-font-family:等线;
  mso-hansi-theme-font:minor-latin;
  mso-bidi-font-family:"Times New Roman";
  mso-bidi-theme-font:minor-bidi;
  mso-font-kerning:1.0pt;}
p
  {mso-style-unhide:no;
  mso-margin-top-alt:auto;
  margin-right:0cm;
  mso-margin-bottom-alt:auto;
  margin-left:0cm;
  mso-pagination:none;
  font-size:12.0pt;
  font-family:等线;
  mso-ascii-font-family:等线;
  mso-ascii-theme-font:minor-latin;
  mso-fareast-font-family:等线;
  mso-fareast-theme-font:minor-fareast;
  mso-hansi-font-family:等线;
  mso-hansi-theme-font:minor-latin;
  mso-bidi-font-family:"Times New Roman";}
span.a
  {mso-style-name:"页眉 字符";
  mso-style-priority:99;
  mso-style-unhide:no;
  mso-style-locked:yes;
  mso-style-link:页眉;
  mso-ansi-font-size:9.0pt;
  mso-bidi-font-size:9.0pt;}
span.a0
  {mso-style-name:"页脚 字符";
  mso-style-priority:99;
  mso-style-unhide:no;
  mso-style-locked:yes;
  mso-style-link:页脚;
  mso-ansi-font-size:9.0pt;
  mso-bidi-font-size:9.0pt;}
.MsoChpDefault
  {mso-style-type:export-only;
  mso-default-props:yes;
  font-family:等线;
  mso-bidi-font-family:"Times New Roman";
  mso-bidi-theme-font:minor-bidi;}
 /* Page Definitions */
 @page
  {mso-page-border-surround-header:no;
  mso-page-border-surround-footer:no;
  mso-footnote-separator:url("file0915.files/header.htm") fs;
  mso-footnote-continuation-separator:url("file0915.files/header.htm") fcs;
  mso-endnote-separator:url("file0915.files/header.htm") es;
  mso-endnote-continuation-separator:url("file0915.files/header.htm") ecs;}
@page WordSection1
  {size:595.3pt 841.9pt;
  margin:72.0pt 90.0pt 72.0pt 90.0pt;
  mso-header-margin:42.55pt;
  mso-footer-margin:49.6pt;
  mso-paper-source:0;
  layout-grid:15.6pt;}
div.WordSection1
  {page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
  {mso-style-name:普通表格;
  mso-tstyle-rowband-size:0;
  mso-tstyle-colband-size:0;
  mso-style-noshow:yes;
  mso-style-priority:99;
  mso-style-parent:"";
  mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
  mso-para-margin:0cm;
  mso-para-margin-bottom:.0001pt;
  mso-pagination:widow-orphan;
  font-size:10.5pt;
  mso-bidi-font-size:11.0pt;
  font-family:等线;
  mso-ascii-font-family:等线;
  mso-ascii-theme-font:minor-latin;
  mso-fareast-font-family:等线;
  mso-fareast-theme-font:minor-fareast;
  mso-hansi-font-family:等线;
  mso-hansi-theme-font:minor-latin;
  mso-font-kerning:1.0pt;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2049"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>
 
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
 
<div class=WordSection1 style='layout-grid:15.6pt'>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span style='font-size:10.5pt;font-family:宋体;
mso-bidi-font-family:宋体;color:#666666;background:white'>【审慎阅读】您在购买私人订课课程包流程中点击<span
lang=EN-US>/</span>打勾同意本协议之前，应当认真阅读本协议。请您务必审慎阅读、充分理解各条款内容，特别是免除或者限制责任的条款、法律适用和争议解决条款。免除或者限制责任的条款将以粗体下划线标识，您应重点阅读。<span
lang=EN-US><o:p></o:p></span></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>1.&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>服务条款的接受与修改</span><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>1.1&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>本协议是财学堂在线金融教育私人订课会员（下称“私人订课会员”）与财学堂教育文化传媒文化成都有限公司（下称“财学堂”）之间关于用户成为私人订课会员且使用财学堂提供的私人订课服务所订立的协议。本协议描述财学堂与私人订课会员之间关于财学堂在自有或合作平台为用户提供私人订课服务。本服务协议构成您（无论个人或者单位）使用财学堂所提供的私人订课服务之先决条件，除非您接受本协议条款，否则您无权使用本协议的相关服务。</span><b><span
style='mso-bidi-font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;
color:#666666;background:white'>您的任何使用行为将视为同意接受本协议各项条款的约束。阅读本协议的过程中，如果您不同意本协议或其中任何条款约定，您应立即停止购买程序。</span></b><span
lang=EN-US style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;
color:#666666;background:white'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>1.2&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂基于正常管理的需要有权对服务条款进行修改，一旦服务条款发生变更和修改，财学堂将及时更改相关内容本协议的全部修改并承诺依据修改后的服务条款视为对私人订课会员有效。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>1.3&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>请您审阅并接受或不接受本协议，未成年人应在法定监护人陪同下审阅和履行，未成年人行使和履行本协议项下的权利和义务视为已获得了法定监护人的认可，您在享受私人订课会员服务时必须完全、严格遵守本服务协议条款。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>2.&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>服务说明</span><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>2.1&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂所提供的服务将按照其服务条款和操作规则严格执行。<span lang=EN-US><o:p></o:p></span></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>2.2&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂享有对私人订课会员使用私人订课服务时的一切活动的监督、提示、检查的权利，如私人订课会员的行为违反有关法律法规或违反本协议条款的约定，财学堂享有要求其纠正及追究其责任等权利。给财学堂造成损失的，财学堂有权要求其承担相应的赔偿责任。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>2.3&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂向私人订课会员提供的全部服务，均仅限于私人订课会员在财学堂提供的平台使用，任何以恶意破解等非法手段将财学堂提供的服务内容与财学堂平台分离的行为，均不属于本协议中约定的财学堂提供的服务。由此引起的一切法律后果由行为人负责，财学堂将依法追究行为人的法律责任。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>2.4&nbsp;</span><b><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>当私人订课会员使用财学堂所购买的各单项课程包服务时，会员的使用行为视为其对各单项课程包服务的服务条款以及财学堂在该单项课程包服务中发出各类公告的同意</span></b><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>。</span><span lang=EN-US style='font-size:10.5pt;font-family:
"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>2.5&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>您明确了解并同意，私人订课会员的付费方式包括但不限于：通过网银支付、手机支付或第三方支付等方式。您通过此种付费方式付费可能存在一定的商业风险，包括但不限于不法分子利用您账户或银行卡等有价卡等进行违法活动，该等风险均会给您造成相应的经济损失。您应自行承担向侵权方追究侵权责任和追究责任不能的后果。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>2.6&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>您应自行负责妥善且正确地保管、使用、维护其在财学堂申请取得的账号、账号信息及账号密码。您应对其账号信息和账号密码采取必要和有效的保密措施。非财学堂原因致使您账号密码泄漏以及因您保管、使用、维护不当造成损失的，财学堂无须承担与此有关的任何责任。同时，为了保护您的安全和隐私，请勿与他人共享账号，请勿将您的账号和密码告诉他人，否则财学堂有权对异常使用的账号进行冻结。如遇此情况，请拨打客服电话解决，以保障自身隐私安全。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>2.7&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂不对您因第三方的作为或不作为造成的损失承担任何责任，包括但不限于支付服务和网络接入服务、任意第三方的侵权行为。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>3.&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>成为财学堂私人订课会员的程序</span><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>3.1&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>在成为财学堂私人订课会员之前，您必须先根据真实、准确信息注册成为财学堂用户。用户所填写的内容与个人资料必须真实有效，否则财学堂有权拒绝其申请或撤销其私人订课会员资格，并不予以任何赔偿或退还会员服务费。私人订课会员的个人资料发生变化，应及时修改注册的个人资料，否则由此造成的私人订课会员权利不能全面有效行使的责任由影视会员自己承担，财学堂有权因此取消其私人订课会员资格，并不予退还会员服务费或其他任何形式的任何赔偿。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>3.2&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>私人订课会员同意财学堂仅可根据本协议服务目的使用会员个人信息。服务目的包括但不限于交易确认、交易支付、客户回访、政策更新、用户通知、发送促销信息、商业信息以及其他与交易和服务相关的辅助服务等。如私人订课会员认为财学堂超范围使用了其个人信息，请立即与客服中心联系，财学堂将核实处理。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>3.3&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>用户可通过各种已有和未来新增的支付渠道成为私人订课会员，包括但不限于：通过网银支付、手机支付或第三方支付等方式成为私人订课会员。在用户使用具体某种方式成为私人订课会员时，须阅读并确认接受相关的服务条款和使用方法。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>3.4&nbsp;</span><b><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>成为私人订课会员后，私人订课会员有权利不接受财学堂的服务，可申请取消会员服务，但不获得会员服务费的退还。</span></b><b><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></b></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>3.5&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂私人订课会员账号所有权归财学堂所有，私人订课会员拥有财学堂账号的有限使用权。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>3.6&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂仅提供私人订课会员服务，与相关网络服务有关的设备（如个人电脑、手机、及其他与接入互联网或移动网有关的装置）及所需的费用（如为接入互联网而支付的电话费及上网费、为使用移动网而支付的手机费）均应由会员自行负担。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>4.&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>私人订课会员服务和账号查询</span><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>4.1&nbsp;</span><b><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>一旦您成为私人订课会员，即视为您认可该项课程包服务标明之价格；成为私人订课会员后，该项课程包服务即时生效。</span></b><b><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></b></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>4.2&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>私人订课会员权益及服务内容以财学堂对外公布的为准，私人订课会员服务将会根据市场需要略做调整更新，通过不断迭代改进的方式为私人订课会员提供优质体验。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>4.3&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>私人订课会员的增值服务标准以财学堂对外公布的详细服务及资费标价为准。</span><span lang=EN-US
style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>4.4&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>您可以通过登录个人中心免费查询您的账号信息详情，包括已开通的服务内容、服务期限、消费金额、交易状态等。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>5.&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂私人订课会员权限及服务期限</span><span lang=EN-US style='font-size:
10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>5.1&nbsp;</span><b><span
style='mso-bidi-font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;
color:#666666;background:white'>私人订课会员享有观看所购买课程包范围内影视服务的权限。您所购买的课程包范围内的课程服务在上架期间可反复观看，但财学堂基于课程管理的需要有权对课程包范围内的课程进行不定期的修改，修改后的课程您可以继续观看。<span
lang=EN-US><o:p></o:p></span></span></b></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>5.2&nbsp;</span><b><span
style='mso-bidi-font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;
color:#666666;background:white'>私人订课课程包的价格，以您在产品结算页面的实际支付价格为准。<span lang=EN-US><o:p></o:p></span></span></b></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>5.3&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>如您未在买课程包服务后观看已购买的课程包内的课程，视为您已全部观看，财学堂将不予以退款。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>5.4&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>在私人订课会员页面展示的私人订课会员权益以外的其他付费内容，由对应的会员体系为您提供相应服务并收取费用。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>私人订课会员的权利及限制</span><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.1&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>在私人订课会员有效期内，影视会员可优先参加由财学堂组织的私人订课会员活动并享有由财学堂提供的各项优惠及增值服务。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.2&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>私人订课会员服务仅限于申请账号者自行使用。私人订课会员服务不能在财学堂账号之间转移，禁止赠与、借用、租用、转让或售卖。否则财学堂有权在未经通知的情况下取消转让账号、受让账号的私人订课会员服务资格，由此带来的损失由私人订课会员自行承担。财学堂禁止影视会员私下有偿或无偿转让私人订课会员账号使用权，以免因账号产生纠纷，私人订课会员应当自行承担因违反此要求而导致的任何损失，同时财学堂保留追究上述行为人法律责任的权利。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.3&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>若私人订课会员的行为持续违反本协议或违反国家相关法律法规，或财学堂认为私人订课会员的行为有损财学堂或他人的声誉及利益，财学堂公司有权取消该私人订课会员的会员资格而无须给与任何赔偿或补偿。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.4&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>私人订课会员不得以盗窃、利用系统漏洞等非法途径以及在未获财学堂授权的非法销售私人订课会员的平台上获取或购买私人订课会员服务，否则财学堂有权取消私人订课会员的服务资格。由此引发的问题由私人订课会员自行承担，财学堂不负任何责任。由此给财学堂造成损失的，由该私人订课会员负责承担赔偿责任。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.5&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>任何私人订课会员不得使用带有非法、淫秽、侮辱或人身攻击等含义的呢称和签名档，一经发现，财学堂有权取消其会员资格而无需给与任何补偿和退费。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.6&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>被取消私人订课会员资格的会员，不能再参加由财学堂组织的会员活动并不可再享有由财学堂提供的各项优惠及增值服务，即不再享有私人订课会员权利。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.7&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂提供的私人订课会员服务内容不得用于商业、盈利等用途，只可供私人观看。</span><span lang=EN-US
style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.8&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>除非财学堂提前书面许可，禁止复制、下载、上传、修改、编目排序、翻译、发行、开发、转让、销售、展示、传播私人订课会员服务提供的视频；禁止合成、嵌套、链接私人订课会员服务提供的视频；禁止利用私人订课会员服务提供的视频及其片段进行创作衍生作品、制作贺卡、制作屏保或桌面、进行教学或研究、进行商业开发或推广；禁止以商业目的使用私人订课会员服务提供的视频；包括但不限于下列情况：</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.8.1&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>通过非法手段对会员账号的服务期限、消费金额、交易状态进行修改，或用非法的方式或为了非法的目的使用已购买的私人订课会员服务提供的视频；</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.8.2&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>将您的财学堂私人订课会员账号有偿或无偿提供给任何第三人，并允许他人通过您的账号观看非他人付费购买的会员服务提供的视频。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.8.3&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>将会员服务提供的视频复制、销售、出租、出借、赠与或授权给任何第三方。</span><span lang=EN-US
style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.8.4&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>对财学堂用于保护私人订课会员服务提供的视频的任何安全措施技术进行破解、更改、反操作、破坏或其他篡改，或协助他人进行上述行为。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.8.5&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>通过非财学堂认可的方式获得私人订课会员服务提供的视频，或者删除私人订课会员服务提供的视频上的任何所有权声明或标签。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.8.6&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>采用收费或免费的方式，全部或部分地在任何公开场合展示私人订课会员服务提供的视频，除非您的上述行为不会构成侵权。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>6.8.7&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>损害第三方利益，通过财学堂收集第三方资料信息，破坏或盗取第三方账号，发送诈骗邮件、短信和垃圾邮件、短信等非法信息，侵犯第三方合法权益，包括但不限于隐私权、知识产权、财产权等。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>7.&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>协议的变更及免责条款</span><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>7.1&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>鉴于网络服务的特殊性，财学堂有权随时变更、中断或终止部分或全部的网络服务。对私人订课会员服务提供的视频的观看服务周期、购买价格保留随时变更的权利，财学堂保留随时修改或中断服务而不需通知您的权利，对于所有服务的中断或终止而造成的任何损失，财学堂无需对您或任何第三方承担任何责任。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>7.2&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂对私人订课会员服务协议一旦进行修改，将在页面上公告、通知修改的内容。一经公告或通知，即视为通知私人订课会员。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>7.3&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>私人订课会员服务提供的视频使用服务中包含财学堂解决故障、服务器维修、调整、升级等所需用的合理调整，基于上述情况影响您的服务使用情况财学堂不予补偿。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>7.4&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>私人订课会员在使用财学堂所提供的服务时，如遭受任何人身或财务的损失、损害或伤害，不论原因如何，财学堂均不负责任。由于私人订课会员将个人密码告知他人或与他人共享注册账号，由此导致的任何个人资料泄露及损失，财学堂不负任何责任。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>8.&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>服务的中断和终止</span><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>8.1&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>因发生财学堂不可抗拒的事由，如政府行为、不可抗力，导致影视会员服务无法继续，财学堂会尽快通知私人订课会员，但不承担由此对私人订课会员造成的任何损失并不退还会员服务费。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>8.2&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>如私人订课会员违反或被视为违反本服务条款中的内容，财学堂有权立即终止私人订课会员已购买的所有服务，以及取消私人订课会员的乐视私人订课会员账号和使用权限，但不退还任何已缴纳的会员服务费。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>8.3&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>在某些罕见情况下，由于权利授权问题可能致使财学堂上某些收费视频无法观看。在这种情况下，财学堂不能给影视会员退费，可以根据不同情况用节目替换方式给予补偿。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>8.4&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂未行使或延迟行使其在本协议项下的权利并不构成对这些权利的放弃，而单一或部分行使其在本协议项下的任何权利并不排斥其任何其它权利的行使。财学堂随时有权要求您继续履行义务并承担相应的违约责任。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>9.&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>法律的适用和管辖</span><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>9.1&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>本服务条款的生效、履行、解释及争议的解决均适用中华人民共和国法律，本服务条款因与中华人民共和国现行法律相抵触而导致部分无效，不影响其他部分的效力。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:宋体;mso-bidi-font-family:宋体;color:#666666;background:white'>9.2&nbsp;</span><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>如就本协议内容或其执行发生任何争议，应尽量友好协商解决；协商不成时，任何一方均可向<b>成都市高新区</b>人民法院提起诉讼。</span><span
lang=EN-US style='font-size:10.5pt;font-family:"微软雅黑",sans-serif;mso-bidi-font-family:
微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p style='margin-top:15.0pt;text-indent:21.0pt;line-height:18.0pt;mso-pagination:
widow-orphan;background:white'><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p>&nbsp;</o:p></span></p>
 
<p align=right style='margin-top:15.0pt;text-align:right;text-indent:21.0pt;
line-height:18.0pt;mso-pagination:widow-orphan;background:white'><span
style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;color:#666666;
background:white'>财学堂教育文化传媒成都有限公司</span><span lang=EN-US style='font-size:10.5pt;
font-family:"微软雅黑",sans-serif;mso-bidi-font-family:微软雅黑;color:#666666'><o:p></o:p></span></p>
 
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
 
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
 
</div>
 
</body>
 
</html>
TOD;
return $config;