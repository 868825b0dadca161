package com.openplatform.notices.web;

import java.io.Serializable;

/** A subject and a text in Chinese and English, as a form edits them. */
public class BilingualText implements Serializable {

  private static final long serialVersionUID = 1L;

  private String subjectZh;
  private String subjectEn;
  private String textZh;
  private String textEn;

  public String getSubjectZh() {
    return subjectZh;
  }

  public void setSubjectZh(String subjectZh) {
    this.subjectZh = subjectZh;
  }

  public String getSubjectEn() {
    return subjectEn;
  }

  public void setSubjectEn(String subjectEn) {
    this.subjectEn = subjectEn;
  }

  public String getTextZh() {
    return textZh;
  }

  public void setTextZh(String textZh) {
    this.textZh = textZh;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }
}
