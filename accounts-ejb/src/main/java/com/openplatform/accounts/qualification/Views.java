package com.openplatform.accounts.qualification;

/** Builds views of versions for developers and staff alike. */
public final class Views {

  private Views() {}

  public static MaterialsView of(
      QualificationRepository materials, String account, QualificationVersion v) {
    return new MaterialsView(
        v.number(),
        v.materials(),
        v.documentIds().stream()
            .map(id -> materials.document(account, id).map(DocumentView::of).orElseThrow())
            .toList(),
        v.createdAt(),
        v.createdBy());
  }
}
